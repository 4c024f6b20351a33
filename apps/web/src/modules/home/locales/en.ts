import type { homeNl } from './nl';

export const homeEn: typeof homeNl = {
  home: {
    signals_one: 'New signal for me ({{count}})',
    signals_other: 'New signals for me ({{count}})',
    noSignals: 'No new signals.',
    allSignals: 'Go to all signals',
    cases: 'Cases I work on (last changed)',
    noCases: 'You are not working on a case yet.',
    caseActions_one: '{{count}} open action',
    caseActions_other: '{{count}} open actions',
    allCases_one: 'Go to the case',
    allCases_other: 'Go to all {{count}} cases',
    title: 'Good day {{name}}',
    meetings: 'My upcoming meetings',
    noMeetings: 'No meetings are planned for you.',
    notifications_one: 'New notification ({{count}})',
    notifications_other: 'New notifications ({{count}})',
    noNotifications: 'No new notifications.',
    toMeeting: 'Go to the meeting',
    toCase: 'Go to the case',
    toSignals: 'Go to the signals',
    privacy: 'Privacy',
    privacyIntro:
      'You see no case content. You read who viewed or changed which pupil data, and answer subject-access requests.',
    privacyLog: 'To the access log and subject-access requests',
    admin: 'Administration',
    adminIntro: "You see no case content. You set the region's attendance protocol and manage the organisations.",
    adminProtocol: 'To the attendance protocol',
    adminOrganisations: 'To the organisations',
  },
};
