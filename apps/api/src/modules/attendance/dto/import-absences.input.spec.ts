import { describe, expect, it } from 'vitest';
import { checkImportInput, MAX_PERIOD_DAYS } from './import-absences.input';

const refusal = (input: Parameters<typeof checkImportInput>[0]) => {
  try {
    checkImportInput(input);
    return null;
  } catch (error) {
    const { reason, field, params } = error as { reason: string; field: string; params: object };
    return { reason, field, params };
  }
};

describe('checkImportInput', () => {
  it('gives the period as given, or open ends', () => {
    expect(checkImportInput({ from: '2026-08-24', to: '2027-07-09', importId: 'abc' })).toEqual({
      from: '2026-08-24',
      to: '2027-07-09',
    });
    expect(checkImportInput({})).toEqual({ from: null, to: null });
  });

  it('refuses a long import key, a date that does not exist, a reversed or overlong period', () => {
    expect(refusal({ importId: 'x'.repeat(101) })).toEqual({
      reason: 'attendance.importIdTooLong',
      field: 'importId',
      params: { max: 100 },
    });
    expect(refusal({ from: '2026-02-30' })).toMatchObject({ reason: 'input.date', field: 'from' });
    expect(refusal({ from: '2026-09-02', to: '2026-09-01' })).toMatchObject({
      reason: 'attendance.periodReversed',
      field: 'to',
    });
    expect(refusal({ from: '2026-01-01', to: '2027-06-01' })).toEqual({
      reason: 'attendance.periodTooLong',
      field: 'to',
      params: { max: MAX_PERIOD_DAYS },
    });
  });
});
