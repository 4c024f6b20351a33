import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { RuleKey } from '@aanwezig/domain';
import {
  percentBelow100,
  ruleHasNoWindow,
  thresholdPositive,
  thresholdRequired,
  thresholdWhole,
  windowOutOfRange,
  windowRequired,
} from '../protocol.errors';

@InputType()
export class UpdateProtocolRuleInput {
  @Field(() => Float, {
    nullable: true,
    description: 'Left out: unchanged. Null (also what a client sends for a number it could not read) is refused.',
  })
  threshold?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only for rules with a window of school weeks; left out: unchanged; null is refused for those rules.',
  })
  windowSchoolWeeks?: number | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;
}

/** Rules whose threshold is a percentage of school time. */
const PERCENT_RULES: readonly RuleKey[] = [RuleKey.SAT_DISCUSS, RuleKey.ACT_NOW, RuleKey.AT_RISK_HOME];
/** Rules whose threshold counts something whole: times, registrations, sick reports, days, weeks. */
const WHOLE_RULES: readonly RuleKey[] = [
  RuleKey.EARLY_SIGNAL,
  RuleKey.LUXURY_LEAVE,
  RuleKey.FREQUENT_SICK,
  RuleKey.LONG_SICK,
  RuleKey.LATES,
  RuleKey.LATES_LEGAL,
  RuleKey.HOME_SITTER,
];
export const WINDOW_SCHOOL_WEEKS = { min: 1, max: 40 } as const;

/**
 * The input rules of a change to a rule: a threshold above 0 (a percentage below 100, a whole number
 * where it counts), a window of 1 to 40 school weeks and only for a rule that has one. A field left out
 * stays as it is; one sent as null is refused (JSON turns a number the client could not read, such as
 * "abc", into null: it must not pass as "unchanged" and be confirmed as saved). Throws the first rule
 * broken (BAD_USER_INPUT, naming the field).
 */
export function checkProtocolRuleChange(
  key: RuleKey,
  rule: { windowSchoolWeeks: number | null },
  input: UpdateProtocolRuleInput,
): void {
  if (input.threshold === null) throw thresholdRequired();
  if (input.threshold !== undefined) {
    if (!Number.isFinite(input.threshold)) throw thresholdRequired();
    if (!(input.threshold > 0)) throw thresholdPositive();
    if (PERCENT_RULES.includes(key) && input.threshold >= 100) throw percentBelow100();
    if (WHOLE_RULES.includes(key) && !Number.isInteger(input.threshold)) throw thresholdWhole();
  }
  if (input.windowSchoolWeeks === null && rule.windowSchoolWeeks !== null)
    throw windowRequired(WINDOW_SCHOOL_WEEKS.min, WINDOW_SCHOOL_WEEKS.max);
  if (input.windowSchoolWeeks !== undefined && input.windowSchoolWeeks !== null) {
    if (rule.windowSchoolWeeks === null) throw ruleHasNoWindow();
    const { min, max } = WINDOW_SCHOOL_WEEKS;
    if (!Number.isInteger(input.windowSchoolWeeks) || input.windowSchoolWeeks < min || input.windowSchoolWeeks > max)
      throw windowOutOfRange(min, max);
  }
}
