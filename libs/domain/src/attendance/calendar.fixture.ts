import { SchoolCalendar } from './calendar';

// School year 2026-2027 (region Noord), with the autumn holiday 17-25 October 2026 and one study day.
export const calendar = new SchoolCalendar({
  firstDay: '2026-08-31',
  lastDay: '2027-07-16',
  holidays: [
    { name: 'herfstvakantie', from: '2026-10-17', to: '2026-10-25' },
    { name: 'kerstvakantie', from: '2026-12-19', to: '2027-01-03' },
  ],
  studyDays: ['2026-11-11'],
});
