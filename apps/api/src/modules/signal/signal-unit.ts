import { SignalKind, countingFor, type SchoolSector } from '@aanwezig/domain';

/**
 * What a signal's measured value counts, from its rule (libs/domain evaluateRule): "gemeten: 94" says
 * nothing without it. The legal report counts hours as the school counts them: clock hours in primary
 * education, lesson hours in secondary (countingFor). A worry flag measures nothing.
 */
export const SignalUnit = {
  CLOCK_HOURS: 'CLOCK_HOURS',
  LESSON_HOURS: 'LESSON_HOURS',
  DAYS_WITH_UNAUTHORISED_ABSENCE: 'DAYS_WITH_UNAUTHORISED_ABSENCE',
  LUXURY_LEAVE_REGISTRATIONS: 'LUXURY_LEAVE_REGISTRATIONS',
  SICK_REPORTS: 'SICK_REPORTS',
  SCHOOL_DAYS_SICK: 'SCHOOL_DAYS_SICK',
  TIMES_LATE: 'TIMES_LATE',
  PERCENT_PRESENT: 'PERCENT_PRESENT',
  PERCENT_ABSENT: 'PERCENT_ABSENT',
  SCHOOL_WEEKS_ABSENT: 'SCHOOL_WEEKS_ABSENT',
} as const;
export type SignalUnit = (typeof SignalUnit)[keyof typeof SignalUnit];

const UNIT_OF_RULE: Record<Exclude<SignalKind, 'LEGAL_REPORT' | 'WORRY'>, SignalUnit> = {
  EARLY_SIGNAL: SignalUnit.DAYS_WITH_UNAUTHORISED_ABSENCE,
  LUXURY_LEAVE: SignalUnit.LUXURY_LEAVE_REGISTRATIONS,
  FREQUENT_SICK: SignalUnit.SICK_REPORTS,
  LONG_SICK: SignalUnit.SCHOOL_DAYS_SICK,
  LATES: SignalUnit.TIMES_LATE,
  LATES_LEGAL: SignalUnit.TIMES_LATE,
  SAT_DISCUSS: SignalUnit.PERCENT_PRESENT,
  ACT_NOW: SignalUnit.PERCENT_PRESENT,
  AT_RISK_HOME: SignalUnit.PERCENT_ABSENT,
  HOME_SITTER: SignalUnit.SCHOOL_WEEKS_ABSENT,
};

/** The unit of a signal's value, or null for a worry flag (its value means nothing). */
export function signalUnit(kind: SignalKind, sector: SchoolSector | null): SignalUnit | null {
  if (kind === SignalKind.WORRY) return null;
  if (kind === SignalKind.LEGAL_REPORT)
    return countingFor(sector).unit === 'CLOCK_HOURS' ? SignalUnit.CLOCK_HOURS : SignalUnit.LESSON_HOURS;
  return UNIT_OF_RULE[kind];
}
