import { describe, expect, it } from 'vitest';
import { checkCreateCase, checkTier, noteOf } from './case.input';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const { field, reason, params } = error as { field: string; reason: string; params: object };
    return { field, reason, params };
  }
  return null;
};

describe('case input', () => {
  it('takes tier 1 and no note by default', () => {
    expect(checkCreateCase({ pupilId: '6f1c1a52-3f4e-4e3a-9d57-1f0f4f1b2a10' })).toEqual({
      tier: 1,
      mentorNotes: null,
    });
  });

  it('answers a malformed pupil id as a pupil one cannot see', () => {
    expect(refusal(() => checkCreateCase({ pupilId: 'nope' }))).toMatchObject({
      field: 'pupilId',
      reason: 'case.pupilNotFound',
    });
  });

  it('keeps the tier to 1, 2 or 3', () => {
    expect(checkTier(3)).toBe(3);
    expect(refusal(() => checkTier(4))).toMatchObject({ field: 'tier', reason: 'case.tierRange' });
  });

  it('limits notes, naming the label key', () => {
    expect(noteOf('  ')).toBeNull();
    expect(refusal(() => noteOf('x'.repeat(2001)))).toMatchObject({
      field: 'note',
      reason: 'input.tooLong',
      params: { label: 'case.note', max: 2000 },
    });
  });
});
