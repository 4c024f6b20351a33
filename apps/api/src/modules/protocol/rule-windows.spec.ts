import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL, type SchoolCalendarData } from '@aanwezig/domain';
import { planEvaluation, type SchoolToEvaluate } from './rule-windows';

const CALENDAR: SchoolCalendarData = {
  firstDay: '2026-08-31',
  lastDay: '2027-07-16',
  holidays: [{ name: 'herfstvakantie', from: '2026-10-17', to: '2026-10-25' }],
  studyDays: ['2026-11-11'],
};
const SCHOOL: SchoolToEvaluate = { id: 's1', regionId: 'r1', sector: 'VO', calendar: CALENDAR };
const rules = () => DEFAULT_PROTOCOL.filter((r) => r.enabled);
const evaluatedDays = (plan: ReturnType<typeof planEvaluation>) =>
  [...new Set(plan.windows.filter((w) => !w.context).map((w) => w.eval_day))].sort();

describe('planEvaluation: which days the protocol is evaluated on', () => {
  it('evaluates today alone by default, with the school day before as context', () => {
    const plan = planEvaluation([SCHOOL], rules, '2026-11-17');
    expect(evaluatedDays(plan)).toEqual(['2026-11-17']);
    expect([...new Set(plan.windows.filter((w) => w.context).map((w) => w.eval_day))]).toEqual(['2026-11-16']);
  });

  it('evaluates every school day from the earliest change, skipping weekends, holidays and study days', () => {
    const plan = planEvaluation([SCHOOL], rules, '2026-11-13', '2026-11-06');
    expect(evaluatedDays(plan)).toEqual(['2026-11-06', '2026-11-09', '2026-11-10', '2026-11-12', '2026-11-13']);
    // The context day is the school day before the first: across the weekend.
    expect([...new Set(plan.windows.filter((w) => w.context).map((w) => w.eval_day))]).toEqual(['2026-11-05']);
  });

  it('numbers the context day one before the first evaluated day, across the autumn holiday', () => {
    const plan = planEvaluation([SCHOOL], rules, '2026-10-26');
    const [first] = plan.windows.filter((w) => !w.context);
    const [context] = plan.windows.filter((w) => w.context);
    expect(context.eval_day).toBe('2026-10-16');
    expect(context.last_idx).toBe(first.last_idx - 1);
  });

  it('looks at every rule on the day before, so a rule that already held is not a new crossing, history or not', () => {
    const plan = planEvaluation([SCHOOL], rules, '2026-11-17');
    const contextIdx = plan.windows.find((w) => w.context)!.last_idx;
    expect(
      plan.rules
        .filter((r) => r.last_idx === contextIdx)
        .map((r) => r.rule_key)
        .sort(),
    ).toEqual(
      rules()
        .map((r) => r.key)
        .sort(),
    );
  });

  it('gives a legal report crossed on a day its deadline five school days later, across the weekend and a study day', () => {
    // After 6 November: 9, 10, 12 (the 11th is a study day), 13, 16.
    const plan = planEvaluation([SCHOOL], rules, '2026-11-06');
    expect(plan.windows.find((w) => !w.context)!.due_on).toBe('2026-11-16');
    const before = planEvaluation([SCHOOL], rules, '2026-11-05');
    expect(before.windows.find((w) => !w.context)!.due_on).toBe('2026-11-13');
  });

  it('judges a weekend as its last school day was, and evaluates nothing before the school year', () => {
    const weekend = planEvaluation([SCHOOL], rules, '2026-11-15');
    expect(evaluatedDays(weekend)).toEqual(['2026-11-15']);
    expect(weekend.windows.find((w) => !w.context)!.last_idx).toBe(
      weekend.windows.find((w) => w.context)!.last_idx + 1,
    );
    const early = planEvaluation([SCHOOL], rules, '2026-09-01', '2026-06-01');
    expect(evaluatedDays(early)).toEqual(['2026-08-31', '2026-09-01']);
    expect(early.windows.some((w) => w.context)).toBe(false);
  });
});
