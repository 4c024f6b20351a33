import { describe, expect, it } from 'vitest';
import { AbsenceReason, PO_COUNTING, VO_COUNTING, type Absence } from './absence';
import { calendar } from './calendar.fixture';
import { addDays } from './dates';
import {
  DEFAULT_PROTOCOL,
  RuleKey,
  evaluateRule,
  ruleLabel,
  signalLabel,
  type ProtocolRule,
  type RuleInput,
} from './protocol';

const rule = (key: RuleKey, over: Partial<ProtocolRule> = {}) => ({
  ...DEFAULT_PROTOCOL.find((r) => r.key === key)!,
  ...over,
});
const input = (absences: Absence[], today: string, counting = VO_COUNTING): RuleInput => ({
  today,
  calendar,
  counting,
  absences,
  yearStart: '2026-08-31',
});
const lessons = (
  date: string,
  count: number,
  reason: Absence['reason'] = AbsenceReason.TRUANCY,
  schoolId = 'baken',
): Absence[] =>
  Array.from({ length: count }, (_, i) => ({
    date,
    minutes: 50,
    lessonHour: i + 1,
    authorised: reason !== AbsenceReason.TRUANCY && reason !== AbsenceReason.LUXURY_LEAVE,
    reason,
    schoolId,
  }));
const sickDay = (date: string): Absence => ({
  date,
  minutes: 400,
  lessonHour: null,
  authorised: true,
  reason: AbsenceReason.SICK,
});

describe('legal report: 16 hours unauthorised in 4 school weeks', () => {
  it.each([
    ['exactly 16 lesson hours', [...lessons('2026-11-02', 8), ...lessons('2026-11-09', 8)], true],
    ['15 lesson hours', [...lessons('2026-11-02', 8), ...lessons('2026-11-09', 7)], false],
    [
      '16 hours but 8 of them authorised',
      [...lessons('2026-11-02', 8), ...lessons('2026-11-09', 8, AbsenceReason.MEDICAL)],
      false,
    ],
    // 12 Oct is in the window only because the autumn holiday week does not count.
    ['a window across the autumn holiday', [...lessons('2026-10-12', 8), ...lessons('2026-11-09', 8)], true],
    ['hours from before the window', [...lessons('2026-10-05', 8), ...lessons('2026-11-09', 8)], false],
    [
      'a pupil who changed school keeps the hours of the old school',
      [...lessons('2026-11-02', 8, AbsenceReason.TRUANCY, 'duinzicht'), ...lessons('2026-11-09', 8)],
      true,
    ],
  ])('%s → %s', (_label, absences, triggered) => {
    expect(evaluateRule(rule('LEGAL_REPORT'), input(absences, '2026-11-13')).triggered).toBe(triggered);
  });

  it('counts clock hours in PO', () => {
    const mornings: Absence[] = ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12'].map((date) => ({
      date,
      minutes: 240,
      lessonHour: null,
      authorised: false,
      reason: AbsenceReason.TRUANCY,
    }));
    // 11 Nov is a study day: 3 mornings of 4 hours count, 12 hours.
    expect(evaluateRule(rule('LEGAL_REPORT'), input(mornings, '2026-11-13', PO_COUNTING))).toMatchObject({
      value: 12,
      triggered: false,
    });
  });
});

describe('early signal (awaiting the law)', () => {
  const threeTimes = [...lessons('2026-11-02', 1), ...lessons('2026-11-05', 1), ...lessons('2026-11-10', 1)];
  it('stays off until the region switches it on', () => {
    expect(evaluateRule(rule('EARLY_SIGNAL'), input(threeTimes, '2026-11-13')).triggered).toBe(false);
    expect(evaluateRule(rule('EARLY_SIGNAL', { enabled: true }), input(threeTimes, '2026-11-13'))).toMatchObject({
      value: 3,
      triggered: true,
    });
  });
});

describe('medical route (M@ZL)', () => {
  it('signals the fourth sick report in 12 school weeks', () => {
    const reports = ['2026-09-07', '2026-09-21', '2026-10-05', '2026-11-02'].map(sickDay);
    expect(evaluateRule(rule('FREQUENT_SICK'), input(reports.slice(0, 3), '2026-11-13')).triggered).toBe(false);
    expect(evaluateRule(rule('FREQUENT_SICK'), input(reports, '2026-11-13'))).toMatchObject({
      value: 4,
      triggered: true,
    });
  });

  it('signals the seventh school day sick in a row, across a weekend', () => {
    const spell = [
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-09',
      '2026-11-10',
      '2026-11-12',
      '2026-11-13',
    ].map(sickDay);
    // 11 Nov is a study day, so these are 7 school days in a row.
    expect(evaluateRule(rule('LONG_SICK'), input(spell, '2026-11-13'))).toMatchObject({ value: 7, triggered: true });
    expect(evaluateRule(rule('LONG_SICK'), input(spell.slice(1), '2026-11-13')).triggered).toBe(false);
  });
});

describe('lates and attendance percentages', () => {
  it('signals 3 lates in one school week to the mentor', () => {
    const lates = ['2026-11-09', '2026-11-10', '2026-11-12'].map(
      (date) => ({ date, minutes: 10, lessonHour: 1, authorised: false, reason: AbsenceReason.LATE }) as Absence,
    );
    expect(evaluateRule(rule('LATES'), input(lates, '2026-11-13'))).toMatchObject({ value: 3, triggered: true });
    expect(evaluateRule(rule('LATES'), input(lates, '2026-11-20')).triggered).toBe(false);
  });

  it('puts a pupil on the SAT agenda under 95% and asks to act under 85%', () => {
    const yearSoFar = ['2026-09-07', '2026-09-08', '2026-09-14', '2026-09-15', '2026-09-21', '2026-09-22'].map(sickDay);
    // 10 weeks of school to 6 Nov minus the autumn week: 45 days; 6 absent → 86.7%.
    const outcome = (key: RuleKey) => evaluateRule(rule(key), input(yearSoFar, '2026-11-06'));
    expect(outcome('SAT_DISCUSS')).toMatchObject({ triggered: true });
    expect(outcome('ACT_NOW').triggered).toBe(false);
    expect(outcome('AT_RISK_HOME')).toMatchObject({ triggered: true });
  });
});

describe('home-sitter: 4 school weeks absent without exemption', () => {
  const everyDay = (from: string, to: string, reason: Absence['reason']) =>
    calendar
      .schoolDays(from, to)
      .map(
        (date) =>
          ({ date, minutes: 400, lessonHour: null, authorised: reason === AbsenceReason.EXEMPT, reason }) as Absence,
      );
  it('signals four weeks absent, but not on an exemption, nor with one day present', () => {
    expect(
      evaluateRule(
        rule('HOME_SITTER'),
        input(everyDay('2026-10-12', '2026-11-13', AbsenceReason.TRUANCY), '2026-11-13'),
      ).triggered,
    ).toBe(true);
    expect(
      evaluateRule(rule('HOME_SITTER'), input(everyDay('2026-10-12', '2026-11-13', AbsenceReason.EXEMPT), '2026-11-13'))
        .triggered,
    ).toBe(false);
    const oneDayPresent = everyDay('2026-10-12', '2026-11-13', AbsenceReason.TRUANCY).filter(
      (a) => a.date !== addDays('2026-11-02', 1),
    );
    expect(evaluateRule(rule('HOME_SITTER'), input(oneDayPresent, '2026-11-13')).triggered).toBe(false);
  });
});

describe('the default protocol', () => {
  it('has every rule once, with a Dutch label and a basis', () => {
    expect(DEFAULT_PROTOCOL.map((r) => r.key).sort()).toEqual(Object.values(RuleKey).sort());
    for (const r of DEFAULT_PROTOCOL) expect(ruleLabel(r.key) && r.basis, r.key).toBeTruthy();
  });
});

describe('rule labels', () => {
  it('say the default rules as the protocol does', () => {
    expect(ruleLabel('LEGAL_REPORT')).toBe('16 uur ongeoorloofd verzuim in 4 lesweken: melden bij leerplicht');
    expect(ruleLabel('FREQUENT_SICK')).toBe('Vierde ziekmelding in 12 lesweken');
    expect(ruleLabel('LATES')).toBe('3 keer te laat in een lesweek: mentor belt ouders');
    expect(ruleLabel('LATES_LEGAL')).toBe('Meer dan 9 keer te laat dit schooljaar');
    expect(signalLabel('WORRY')).toBe('Zorgenvinkje: de mentor maakt zich zorgen');
  });

  it("follow the region's own threshold and window", () => {
    expect(ruleLabel('LEGAL_REPORT', { threshold: 12, windowSchoolWeeks: 6 })).toBe(
      '12 uur ongeoorloofd verzuim in 6 lesweken: melden bij leerplicht',
    );
    expect(signalLabel('SAT_DISCUSS', { threshold: 92.5, windowSchoolWeeks: null })).toBe(
      'Aanwezigheid onder 92,5%: bespreken in het SAT',
    );
    expect(ruleLabel('FREQUENT_SICK', { threshold: 14, windowSchoolWeeks: 20 })).toBe('14e ziekmelding in 20 lesweken');
  });
});
