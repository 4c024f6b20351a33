import { describe, expect, it } from 'vitest';
import { ageOn, consentActive, missingGivers, requiredGivers } from './consent';

describe('age', () => {
  it.each([
    ['2014-11-23', '2026-11-23', 12],
    ['2014-11-24', '2026-11-23', 11],
    ['2010-02-28', '2026-02-27', 15],
    ['2010-02-28', '2026-02-28', 16],
  ])('born %s is %i on %s', (born, on, age) => {
    expect(ageOn(born, on)).toBe(age);
  });
});

describe('who must consent', () => {
  it.each([
    [11, ['mother', 'father'], { pupil: false, guardianIds: ['mother', 'father'] }],
    [12, ['mother', 'father'], { pupil: true, guardianIds: ['mother', 'father'] }],
    [15, ['mother'], { pupil: true, guardianIds: ['mother'] }],
    [16, ['mother', 'father'], { pupil: true, guardianIds: [] }],
  ])('at %i with authority held by %o', (age, holders, expected) => {
    expect(requiredGivers(age, holders)).toEqual(expected);
  });

  it('names what is missing: a 14-year-old needs both the pupil and every parent with authority', () => {
    const required = requiredGivers(14, ['mother', 'father']);
    expect(missingGivers(required, { pupil: true, guardianIds: ['mother'] })).toEqual({
      pupil: false,
      guardianIds: ['father'],
    });
    expect(missingGivers(required, { pupil: false, guardianIds: ['mother', 'father'] })).toEqual({
      pupil: true,
      guardianIds: [],
    });
    expect(missingGivers(required, { pupil: true, guardianIds: ['father', 'mother'] })).toEqual({
      pupil: false,
      guardianIds: [],
    });
  });
});

describe('an active consent', () => {
  const base = { validFrom: '2026-09-01', validUntil: '2027-08-31', withdrawnAt: null };
  it.each([
    ['2026-08-31', base, false],
    ['2026-09-01', base, true],
    ['2027-08-31', base, true],
    ['2027-09-01', base, false],
    ['2026-11-23', { ...base, validUntil: null }, true],
    ['2026-11-23', { ...base, withdrawnAt: new Date('2026-11-20T10:00:00Z') }, false],
  ])('on %s: %o → %s', (today, consent, active) => {
    expect(consentActive(consent, today)).toBe(active);
  });
});
