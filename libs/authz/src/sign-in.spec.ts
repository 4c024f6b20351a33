import { describe, expect, it } from 'vitest';
import { signedInWithSecondFactor } from './sign-in';

describe('signedInWithSecondFactor', () => {
  it.each([
    [{ amr: ['pwd', 'mfa'] }, true],
    [{ amr: ['mfa'] }, true],
    [{ amr: ['pwd', 'otp'] }, true],
    [{ amr: ['pwd', 'hwk'] }, true],
    [{ amr: ['face', 'pin'] }, true],
    [{ amr: ['pwd'] }, false],
    [{ amr: ['otp'] }, false],
    [{ amr: ['pwd', 'kba'] }, false],
    [{ amr: ['pwd', 'pwd'] }, false],
    [{ amr: 'mfa' }, false],
    [{ amr: [1, 2] }, false],
    [{}, false],
  ])('%j → %s', (claims, expected) => {
    expect(signedInWithSecondFactor(claims)).toBe(expected);
  });
});
