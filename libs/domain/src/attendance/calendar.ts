import { addDays, isoWeekday, mondayOf, type IsoDate } from './dates';

/** A region's school year, with the school's own study days on top (DOMAIN.md: counting in school weeks). */
export interface SchoolCalendarData {
  /** First and last school day of the year. */
  firstDay: IsoDate;
  lastDay: IsoDate;
  /** Holidays, inclusive ranges (autumn, Christmas, spring, May, summer…). */
  holidays: readonly { name: string; from: IsoDate; to: IsoDate }[];
  /** Days without lessons for this school (studiedagen). */
  studyDays: readonly IsoDate[];
}

/**
 * School days and school weeks. A school week is a calendar week with at least one school day;
 * windows such as "16 hours in 4 school weeks" count only those, so a holiday week does not count.
 */
export class SchoolCalendar {
  private readonly studyDays: ReadonlySet<IsoDate>;

  constructor(private readonly data: SchoolCalendarData) {
    this.studyDays = new Set(data.studyDays);
  }

  isSchoolDay(date: IsoDate): boolean {
    if (date < this.data.firstDay || date > this.data.lastDay) return false;
    if (isoWeekday(date) > 5 || this.studyDays.has(date)) return false;
    return !this.data.holidays.some((h) => date >= h.from && date <= h.to);
  }

  /** School days from `from` to `to`, both inclusive, in order. */
  schoolDays(from: IsoDate, to: IsoDate): IsoDate[] {
    const days: IsoDate[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) if (this.isSchoolDay(d)) days.push(d);
    return days;
  }

  /**
   * The first day of the window of the last `weeks` school weeks ending with the week of `date`
   * (the current week counts as one when it has a school day up to `date`).
   */
  windowStart(date: IsoDate, weeks: number): IsoDate {
    let monday = mondayOf(date);
    let counted = 0;
    let start = monday;
    for (let guard = 0; guard < 104 && counted < weeks; guard++) {
      const end = monday === mondayOf(date) ? date : addDays(monday, 6);
      if (this.schoolDays(monday, end).length > 0) {
        counted++;
        start = monday;
      }
      monday = addDays(monday, -7);
    }
    return start;
  }
}
