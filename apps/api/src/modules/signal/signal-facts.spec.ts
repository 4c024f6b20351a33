import { describe, expect, it } from 'vitest';
import { DataCategory, SignalKind, SignalRoute } from '@aanwezig/domain';
import { valueCategory } from './signal-facts';

describe('valueCategory', () => {
  it("tells a signal's value as its route's category: unauthorised absence, sick leave or the summary", () => {
    expect(valueCategory({ route: SignalRoute.LEGAL, ruleKey: SignalKind.LEGAL_REPORT })).toBe(
      DataCategory.UNAUTHORISED_ABSENCE,
    );
    expect(valueCategory({ route: SignalRoute.MEDICAL, ruleKey: SignalKind.LONG_SICK })).toBe(DataCategory.SICK_LEAVE);
    expect(valueCategory({ route: SignalRoute.SCHOOL, ruleKey: SignalKind.SAT_DISCUSS })).toBe(
      DataCategory.ATTENDANCE_SUMMARY,
    );
  });

  it("tells a worry flag as the mentor's worry, whatever its route", () => {
    expect(valueCategory({ route: SignalRoute.SCHOOL, ruleKey: SignalKind.WORRY })).toBe(DataCategory.WORRY_AND_NOTES);
  });
});
