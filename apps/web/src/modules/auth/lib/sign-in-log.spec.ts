import { describe, expect, it } from 'vitest';
import { signInReason } from './sign-in-log';

describe('signInReason', () => {
  it("names the server's reasons", () => {
    expect(signInReason('mfa-required')).toEqual({ key: 'mfaRequired' });
    expect(signInReason('not-invited')).toEqual({ key: 'notInvited' });
    expect(signInReason('unknown-account')).toEqual({ key: 'unknownAccount' });
  });

  it("tells a cancelled sign-in from the provider's other errors, and keeps the provider's code", () => {
    expect(signInReason('provider-error:access_denied')).toEqual({ key: 'providerCancelled' });
    expect(signInReason('provider-error:server_error')).toEqual({ key: 'providerError', error: 'server_error' });
    expect(signInReason('provider-error')).toEqual({ key: 'providerUnreachable' });
  });

  it('leaves a code it does not know as it is', () => {
    expect(signInReason('something-new')).toEqual({ key: null });
    expect(signInReason('constructor')).toEqual({ key: null });
  });
});
