import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../core/errors/app-error';
import { censusExists } from '../report.errors';
import { checkTakeCensus } from './take-census.input';

const thrown = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('nothing thrown');
};

describe('takeCensus input', () => {
  it('accepts today or earlier, with counts of 0 or more', () => {
    expect(checkTakeCensus({ date: '2026-10-01', exemptions5a: 0, absoluteAbsence: 3 }, '2026-10-01')).toBe(
      '2026-10-01',
    );
  });

  it('refuses a date that does not exist, naming the census date', () => {
    const error = thrown(() => checkTakeCensus({ date: '2026-02-30' }, '2026-10-01'));
    expect(error.details).toMatchObject({
      reason: 'input.date',
      params: { label: 'report.censusDate' },
      field: 'date',
    });
    expect(error.message).toBe('De peildatum moet een bestaande datum zijn in de vorm JJJJ-MM-DD.');
  });

  it('refuses a date in the future and a negative or fractional count', () => {
    expect(thrown(() => checkTakeCensus({ date: '2026-10-02' }, '2026-10-01')).message).toBe(
      'De peildatum ligt in de toekomst; neem de peiling op of na die dag.',
    );
    expect(thrown(() => checkTakeCensus({ date: '2026-10-01', exemptions5a: -1 }, '2026-10-01')).details).toMatchObject(
      { reason: 'report.countNotNegative', field: 'exemptions5a' },
    );
    expect(thrown(() => checkTakeCensus({ date: '2026-10-01', absoluteAbsence: 1.5 }, '2026-10-01')).field).toBe(
      'absoluteAbsence',
    );
  });
});

describe('a census that exists', () => {
  it('is a conflict on the same day and a bad input before it, naming the last census date', () => {
    expect(censusExists('2026-10-01', '2026-10-01').code).toBe('CONFLICT');
    const before = censusExists('2026-10-01', '2026-09-01');
    expect(before.code).toBe('BAD_USER_INPUT');
    expect(before.field).toBe('date');
    expect(before.message).toBe(
      'Er is al een peiling op of na deze datum (2026-10-01); een peiling wordt niet overgedaan of ingevoegd.',
    );
  });
});
