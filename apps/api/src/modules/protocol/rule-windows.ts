import {
  SchoolCalendar,
  addDays,
  countingFor,
  type ProtocolRule,
  type SchoolCalendarData,
  type SchoolSector,
} from '@aanwezig/domain';

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
  /** The school day evaluated: the window ends with it (last_idx is its number). */
  eval_day: string;
  /** The fifth school day after eval_day: a legal report crossed that day must be with DUO by then. */
  due_on: string;
  /** The school day before the first evaluated one: evaluated only to tell a crossing from a continuation. */
  context: boolean;
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
  last_idx: number;
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

/**
 * The plan for these schools, with each school's own calendar and its region's enabled rules: every
 * school day from `from` to `today` is evaluated as if it were the last (so a crossing is found on its
 * own day, whenever its registrations arrived); without `from`, today alone. Days before the school
 * year in force are not evaluated again.
 */
export function planEvaluation(
  schools: readonly SchoolToEvaluate[],
  rulesOfRegion: (regionId: string) => readonly ProtocolRule[],
  today: string,
  from: string = today,
): EvaluationPlan {
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
    for (let d = school.calendar.firstDay, n = 0; d <= to; d = addDays(d, 1))
      dayNumbers.push(calendar.isSchoolDay(d) ? ++n : null);
    plan.schools.push({
      school_id: school.id,
      first_day: school.calendar.firstDay,
      today: to,
      clock_hours: counting.unit === 'CLOCK_HOURS',
      lesson_minutes: counting.lessonMinutes,
      day_minutes: counting.schoolDayMinutes,
      day_numbers: dayNumbers,
    });
    // Each school day in the range, numbered; a range without school days is judged as its last day was.
    // The school day before is planned too, as context: a rule that already held then did not cross now.
    const evaluated = days.map((day, i) => ({ day, lastIdx: i + 1, context: false })).filter(({ day }) => day >= from);
    if (evaluated.length === 0 && from <= today && days.length > 0)
      evaluated.push({ day: to, lastIdx: days.length, context: false });
    if (evaluated.length > 0 && evaluated[0].lastIdx > 1)
      evaluated.unshift({ day: days[evaluated[0].lastIdx - 2], lastIdx: evaluated[0].lastIdx - 1, context: true });
    const windows = new Map<string, RuleWindow>();
    const windowStartOf = (rule: ProtocolRule, day: string) =>
      rule.windowSchoolWeeks === null ? school.calendar.firstDay : calendar.windowStart(day, rule.windowSchoolWeeks);
    for (const { day, lastIdx, context } of evaluated) {
      const dueOn =
        calendar.schoolDays(addDays(day, 1), addDays(day, 42))[LEGAL_REPORT_SCHOOL_DAYS - 1] ?? addDays(day, 7);
      for (const rule of rulesOfRegion(school.regionId)) {
        if (!rule.enabled) continue;
        const windowStart = windowStartOf(rule, day);
        const key = `${windowStart}|${lastIdx}`;
        if (!windows.has(key)) {
          const fromIdx = numberOfFirstDayFrom(windowStart);
          const daysInWindow = Math.max(0, lastIdx - fromIdx + 1);
          windows.set(key, {
            school_id: school.id,
            eval_day: day,
            due_on: dueOn,
            context,
            window_start: windowStart,
            from_idx: fromIdx,
            spell_floor_idx: numberOfFirstDayFrom(calendar.windowStart(windowStart, 1)),
            last_idx: lastIdx,
            days_in_window: daysInWindow,
            scheduled_minutes: daysInWindow * counting.schoolDayMinutes,
          });
        }
        plan.rules.push({
          school_id: school.id,
          region_id: school.regionId,
          rule_key: rule.key,
          route: rule.route,
          threshold: rule.threshold,
          window_start: windowStart,
          last_idx: lastIdx,
          weeks: rule.windowSchoolWeeks ?? 4,
        });
      }
    }
    plan.windows.push(...windows.values());
  }
  return plan;
}

/** The school reports to DUO within five school days of the crossing (Leerplichtwet art. 21a; DOMAIN.md). */
export const LEGAL_REPORT_SCHOOL_DAYS = 5;
