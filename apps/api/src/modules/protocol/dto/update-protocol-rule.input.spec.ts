import { describe, expect, it } from 'vitest';
import { RuleKey } from '@aanwezig/domain';
import { checkProtocolRuleChange } from './update-protocol-rule.input';

const reasonOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { reason: string; field?: string }).reason;
  }
};
const weekly = { windowSchoolWeeks: 4 };
const yearly = { windowSchoolWeeks: null };

describe('checkProtocolRuleChange', () => {
  it('accepts a positive threshold, a window of 1 to 40 weeks and a switch', () => {
    expect(
      reasonOf(() => checkProtocolRuleChange(RuleKey.LEGAL_REPORT, weekly, { threshold: 12, windowSchoolWeeks: 40 })),
    ).toBeNull();
    expect(
      reasonOf(() => checkProtocolRuleChange(RuleKey.SAT_DISCUSS, yearly, { threshold: 92.5, enabled: false })),
    ).toBeNull();
    expect(
      reasonOf(() => checkProtocolRuleChange(RuleKey.SAT_DISCUSS, yearly, { windowSchoolWeeks: null })),
    ).toBeNull();
    expect(reasonOf(() => checkProtocolRuleChange(RuleKey.LEGAL_REPORT, weekly, { enabled: true }))).toBeNull();
  });

  it('refuses an empty threshold (what JSON makes of "abc"), a fraction where it counts, and an emptied window', () => {
    expect(reasonOf(() => checkProtocolRuleChange(RuleKey.LEGAL_REPORT, weekly, { threshold: null }))).toBe(
      'protocol.thresholdRequired',
    );
    expect(reasonOf(() => checkProtocolRuleChange(RuleKey.LEGAL_REPORT, weekly, { threshold: Number.NaN }))).toBe(
      'protocol.thresholdRequired',
    );
    expect(reasonOf(() => checkProtocolRuleChange(RuleKey.LATES, weekly, { threshold: 2.5 }))).toBe(
      'protocol.thresholdWhole',
    );
    expect(reasonOf(() => checkProtocolRuleChange(RuleKey.LEGAL_REPORT, weekly, { threshold: 12.5 }))).toBeNull();
    expect(reasonOf(() => checkProtocolRuleChange(RuleKey.LEGAL_REPORT, weekly, { windowSchoolWeeks: null }))).toBe(
      'protocol.windowRequired',
    );
  });

  it('refuses a threshold of 0 or less, and a percentage of 100 or more', () => {
    expect(reasonOf(() => checkProtocolRuleChange(RuleKey.LEGAL_REPORT, weekly, { threshold: 0 }))).toBe(
      'protocol.thresholdPositive',
    );
    expect(reasonOf(() => checkProtocolRuleChange(RuleKey.ACT_NOW, yearly, { threshold: 100 }))).toBe(
      'protocol.percentBelow100',
    );
    expect(reasonOf(() => checkProtocolRuleChange(RuleKey.LATES, weekly, { threshold: 100 }))).toBeNull();
  });

  it('refuses a window for a rule without one, and one outside 1 to 40 whole weeks', () => {
    expect(reasonOf(() => checkProtocolRuleChange(RuleKey.SAT_DISCUSS, yearly, { windowSchoolWeeks: 4 }))).toBe(
      'protocol.noWindow',
    );
    for (const weeks of [0, 41, 2.5])
      expect(reasonOf(() => checkProtocolRuleChange(RuleKey.LEGAL_REPORT, weekly, { windowSchoolWeeks: weeks }))).toBe(
        'protocol.windowRange',
      );
  });
});
