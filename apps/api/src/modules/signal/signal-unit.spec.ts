import { describe, expect, it } from 'vitest';
import { RuleKey, SchoolSector, SignalKind } from '@aanwezig/domain';
import { SignalUnit, signalUnit } from './signal-unit';

describe('signalUnit', () => {
  it('counts the legal report in the hours the school counts: clock hours in PO, lesson hours in VO', () => {
    expect(signalUnit(SignalKind.LEGAL_REPORT, SchoolSector.PO)).toBe(SignalUnit.CLOCK_HOURS);
    expect(signalUnit(SignalKind.LEGAL_REPORT, SchoolSector.VO)).toBe(SignalUnit.LESSON_HOURS);
  });

  it.each([
    [RuleKey.SAT_DISCUSS, SignalUnit.PERCENT_PRESENT],
    [RuleKey.ACT_NOW, SignalUnit.PERCENT_PRESENT],
    [RuleKey.AT_RISK_HOME, SignalUnit.PERCENT_ABSENT],
    [RuleKey.LONG_SICK, SignalUnit.SCHOOL_DAYS_SICK],
    [RuleKey.FREQUENT_SICK, SignalUnit.SICK_REPORTS],
    [RuleKey.LATES, SignalUnit.TIMES_LATE],
    [RuleKey.HOME_SITTER, SignalUnit.SCHOOL_WEEKS_ABSENT],
  ])('%s measures in %s', (rule, unit) => {
    expect(signalUnit(rule, SchoolSector.VO)).toBe(unit);
  });

  it('gives every protocol rule a unit, and a worry flag none', () => {
    for (const rule of Object.values(RuleKey)) expect(signalUnit(rule, SchoolSector.VO)).not.toBeNull();
    expect(signalUnit(SignalKind.WORRY, SchoolSector.VO)).toBeNull();
  });
});
