import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { RuleKey } from '@aanwezig/domain';
import { percentBelow100, ruleHasNoWindow, thresholdPositive, windowOutOfRange } from '../protocol.errors';

@InputType()
export class UpdateProtocolRuleInput {
  @Field(() => Float, { nullable: true })
  threshold?: number | null;

  @Field(() => Int, { nullable: true, description: 'Only for rules with a window of school weeks.' })
  windowSchoolWeeks?: number | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;
}

/** Rules whose threshold is a percentage of school time. */
const PERCENT_RULES: readonly RuleKey[] = [RuleKey.SAT_DISCUSS, RuleKey.ACT_NOW, RuleKey.AT_RISK_HOME];
export const WINDOW_SCHOOL_WEEKS = { min: 1, max: 40 } as const;

/**
 * The input rules of a change to a rule: a threshold above 0 (a percentage below 100), a window of 1 to
 * 40 school weeks and only for a rule that has one. Throws the first rule broken (BAD_USER_INPUT).
 */
export function checkProtocolRuleChange(
  key: RuleKey,
  rule: { windowSchoolWeeks: number | null },
  input: UpdateProtocolRuleInput,
): void {
  if (input.threshold !== undefined && input.threshold !== null) {
    if (!(input.threshold > 0)) throw thresholdPositive();
    if (PERCENT_RULES.includes(key) && input.threshold >= 100) throw percentBelow100();
  }
  if (input.windowSchoolWeeks !== undefined && input.windowSchoolWeeks !== null) {
    if (rule.windowSchoolWeeks === null) throw ruleHasNoWindow();
    const { min, max } = WINDOW_SCHOOL_WEEKS;
    if (!Number.isInteger(input.windowSchoolWeeks) || input.windowSchoolWeeks < min || input.windowSchoolWeeks > max)
      throw windowOutOfRange(min, max);
  }
}
