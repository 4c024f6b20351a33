/** Rules whose threshold is a percentage of school time (as the API checks: below 100). */
const PERCENT_RULES = ['SAT_DISCUSS', 'ACT_NOW', 'AT_RISK_HOME'];
/** Rules whose threshold counts something whole (times, registrations, sick reports, days, weeks). */
const WHOLE_RULES = [
  'EARLY_SIGNAL',
  'LUXURY_LEAVE',
  'FREQUENT_SICK',
  'LONG_SICK',
  'LATES',
  'LATES_LEGAL',
  'HOME_SITTER',
];
export const WINDOW_WEEKS = { min: 1, max: 40 };

export type RuleInputProblem =
  | { field: 'threshold'; problem: 'notANumber' | 'notPositive' | 'percent' | 'whole' }
  | { field: 'windowSchoolWeeks'; problem: 'weeks' };

/** A number as a Dutch person types it: "12,5" or "12.5", spaces around allowed; null when it is none. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

/**
 * The form's values checked as the API checks them, so the person hears what to change at the field
 * before anything is sent: the values to send, or the first problem.
 */
export function checkRuleInput(
  key: string,
  hasWindow: boolean,
  threshold: string,
  weeks: string,
): { threshold: number; windowSchoolWeeks?: number } | RuleInputProblem {
  const value = parseNumber(threshold);
  if (value === null) return { field: 'threshold', problem: 'notANumber' };
  if (!(value > 0)) return { field: 'threshold', problem: 'notPositive' };
  if (PERCENT_RULES.includes(key) && value >= 100) return { field: 'threshold', problem: 'percent' };
  if (WHOLE_RULES.includes(key) && !Number.isInteger(value)) return { field: 'threshold', problem: 'whole' };
  if (!hasWindow) return { threshold: value };
  const window = parseNumber(weeks);
  if (window === null || !Number.isInteger(window) || window < WINDOW_WEEKS.min || window > WINDOW_WEEKS.max)
    return { field: 'windowSchoolWeeks', problem: 'weeks' };
  return { threshold: value, windowSchoolWeeks: window };
}
