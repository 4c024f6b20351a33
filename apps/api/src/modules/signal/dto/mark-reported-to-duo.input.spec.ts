import { describe, expect, it } from 'vitest';
import { checkReportToDuo } from './mark-reported-to-duo.input';

const reasonOf = (input: { reportedOn: string; reference: string }) => {
  try {
    checkReportToDuo(input, '2026-11-20');
    return null;
  } catch (error) {
    const { reason, field } = error as { reason: string; field: string };
    return `${field}: ${reason}`;
  }
};

describe('checkReportToDuo', () => {
  it('accepts a day up to today and a reference, trimmed', () => {
    expect(checkReportToDuo({ reportedOn: '2026-11-20', reference: '  DUO-123 ' }, '2026-11-20')).toEqual({
      reportedOn: '2026-11-20',
      reference: 'DUO-123',
    });
  });

  it('refuses a day that does not exist or is still to come, and a missing or overlong reference', () => {
    expect(reasonOf({ reportedOn: '2026-11-31', reference: 'x' })).toBe('reportedOn: input.date');
    expect(reasonOf({ reportedOn: '2026-11-21', reference: 'x' })).toBe('reportedOn: signal.reportedInFuture');
    expect(reasonOf({ reportedOn: '2026-11-19', reference: ' ' })).toBe('reference: input.required');
    expect(reasonOf({ reportedOn: '2026-11-19', reference: 'x'.repeat(101) })).toBe('reference: input.tooLong');
  });
});
