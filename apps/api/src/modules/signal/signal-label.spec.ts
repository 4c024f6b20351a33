import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL, SignalKind, signalLabel, type RuleSetting } from '@aanwezig/domain';
import { translate } from '@aanwezig/messages';
import { signalLabelParams } from './signal-label';

const say = (kind: SignalKind, setting?: RuleSetting, language: 'nl' | 'en' = 'nl') =>
  translate(`signal.rule.${kind}`, signalLabelParams(kind, setting), language);

describe('signalLabelParams', () => {
  it('says every signal in Dutch exactly as the domain label does, with the default settings', () => {
    for (const kind of [...DEFAULT_PROTOCOL.map((r) => r.key), SignalKind.WORRY])
      expect(say(kind), kind).toBe(signalLabel(kind));
  });

  it("says a region's own threshold and window as the domain label does", () => {
    const settings: RuleSetting[] = [
      { threshold: 12, windowSchoolWeeks: 6 },
      { threshold: 92.5, windowSchoolWeeks: null },
      { threshold: 14, windowSchoolWeeks: 20 },
      { threshold: 1, windowSchoolWeeks: 1 },
      { threshold: 4.5, windowSchoolWeeks: 2 },
    ];
    for (const kind of DEFAULT_PROTOCOL.map((r) => r.key))
      for (const setting of settings)
        expect(say(kind, setting), `${kind} ${JSON.stringify(setting)}`).toBe(signalLabel(kind, setting));
  });

  it('passes plain values only, never a Dutch word', () => {
    expect(signalLabelParams(SignalKind.FREQUENT_SICK, { threshold: 4, windowSchoolWeeks: 12 })).toEqual({
      rule: 'FREQUENT_SICK',
      threshold: 4,
      below: 3,
      ordinal: '4',
      period: 'WEEKS',
      weeks: 12,
    });
    expect(signalLabelParams(SignalKind.LATES_LEGAL, { threshold: 10, windowSchoolWeeks: null })).toMatchObject({
      period: 'SCHOOL_YEAR',
    });
    expect(signalLabelParams(SignalKind.WORRY)).toEqual({ rule: 'WORRY' });
  });

  it('says them in English too', () => {
    expect(say(SignalKind.LEGAL_REPORT, { threshold: 16, windowSchoolWeeks: 4 }, 'en')).toBe(
      '16 hours of unauthorised absence in 4 school weeks: report to leerplicht',
    );
    expect(say(SignalKind.FREQUENT_SICK, { threshold: 4, windowSchoolWeeks: 12 }, 'en')).toBe(
      'Fourth sick report in 12 school weeks',
    );
    expect(say(SignalKind.FREQUENT_SICK, { threshold: 22, windowSchoolWeeks: 1 }, 'en')).toBe(
      '22nd sick report in one school week',
    );
    expect(say(SignalKind.SAT_DISCUSS, { threshold: 92.5, windowSchoolWeeks: null }, 'en')).toBe(
      'Attendance below 92.5%: discuss in the SAT',
    );
  });
});
