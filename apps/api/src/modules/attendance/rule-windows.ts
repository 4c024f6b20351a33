import { SchoolCalendar, addDays, countingFor, type ProtocolRule, type SchoolCalendarData, type SchoolSector } from '@aanwezig/domain';

/**
 * What the set-based evaluation needs to know of one school on one day, worked out from its calendar
 * here so that the SQL only joins and counts: the school days of the year so far (numbered 1…n, so
 * "the previous school day" is n - 1 across weekends and holidays), and for every window a rule looks
 * back over, where it starts in that numbering.
 */
export interface SchoolDays {
  school_id: string;
  first_day: string;
  today: string;
  clock_hours: boolean;
  lesson_minutes: number;
  day_minutes: number;
  /**
   * The number of each calendar day from the first day of the year up to today: its place among the
   * school days (1-based), or null when it is not a school day. The SQL looks a registration's day up
   * by its distance from the first day, which is cheaper than joining a million rows to a calendar.
   */
  day_numbers: (number | null)[];
}

export interface RuleWindow {
  school_id: string;
  window_start: string;
  /** Number of the window's first school day (last_idx + 1 when it has none yet). */
  from_idx: number;
  /** Number of the first school day of the week `window_start` falls in: a sick spell is counted from there. */
  spell_floor_idx: number;
  last_idx: number;
  days_in_window: number;
  scheduled_minutes: number;
}

export interface ScheduledRule {
  school_id: string;
  region_id: string;
  rule_key: string;
  route: string;
  threshold: number;
  window_start: string;
  /** The window in school weeks as the rule states it (HOME_SITTER reports it as its value). */
  weeks: number;
}

export interface EvaluationPlan {
  schools: SchoolDays[];
  windows: RuleWindow[];
  rules: ScheduledRule[];
}

export interface SchoolToEvaluate {
  id: string;
  regionId: string;
  sector: SchoolSector | null;
  calendar: SchoolCalendarData;
}

/** The plan for these schools on `today`, with each school's own calendar and its region's enabled rules. */
export function planEvaluation(schools: readonly SchoolToEvaluate[], rulesOfRegion: (regionId: string) => readonly ProtocolRule[], today: string): EvaluationPlan {
  const plan: EvaluationPlan = { schools: [], windows: [], rules: [] };
  for (const school of schools) {
    const calendar = new SchoolCalendar(school.calendar);
    const counting = countingFor(school.sector);
    const to = today < school.calendar.lastDay ? today : school.calendar.lastDay;
    const days = calendar.schoolDays(school.calendar.firstDay, to);
    const numberOfFirstDayFrom = (date: string) => {
      const index = days.findIndex((d) => d >= date);
      return index === -1 ? days.length + 1 : index + 1;
    };
    const dayNumbers: (number | null)[] = [];
    for (let d = school.calendar.firstDay, n = 0; d <= to; d = addDays(d, 1)) dayNumbers.push(calendar.isSchoolDay(d) ? ++n : null);
    plan.schools.push({ school_id: school.id, first_day: school.calendar.firstDay, today: to, clock_hours: counting.unit === 'CLOCK_HOURS', lesson_minutes: counting.lessonMinutes, day_minutes: counting.schoolDayMinutes, day_numbers: dayNumbers });
    const windows = new Map<string, RuleWindow>();
    for (const rule of rulesOfRegion(school.regionId)) {
      if (!rule.enabled) continue;
      const windowStart = rule.windowSchoolWeeks === null ? school.calendar.firstDay : calendar.windowStart(to, rule.windowSchoolWeeks);
      if (!windows.has(windowStart)) {
        const fromIdx = numberOfFirstDayFrom(windowStart);
        const daysInWindow = days.length - fromIdx + 1;
        windows.set(windowStart, {
          school_id: school.id,
          window_start: windowStart,
          from_idx: fromIdx,
          spell_floor_idx: numberOfFirstDayFrom(calendar.windowStart(windowStart, 1)),
          last_idx: days.length,
          days_in_window: daysInWindow,
          scheduled_minutes: daysInWindow * counting.schoolDayMinutes,
        });
      }
      plan.rules.push({ school_id: school.id, region_id: school.regionId, rule_key: rule.key, route: rule.route, threshold: rule.threshold, window_start: windowStart, weeks: rule.windowSchoolWeeks ?? 4 });
    }
    plan.windows.push(...windows.values());
  }
  return plan;
}
