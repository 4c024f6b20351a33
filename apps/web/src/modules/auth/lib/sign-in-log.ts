/** The sign-in log's reason codes (the server's REFUSALS and devLogin), as keys of `signInLog.reason`. */
const REASONS: Record<string, string> = {
  'no-provider': 'noProvider',
  'attempt-expired': 'attemptExpired',
  'other-browser': 'otherBrowser',
  unverified: 'unverified',
  'no-email': 'noEmail',
  'mfa-required': 'mfaRequired',
  'not-invited': 'notInvited',
  'no-longer-member': 'noLongerMember',
  deactivated: 'deactivated',
  'unknown-account': 'unknownAccount',
};

/**
 * How to say a reason: its text's key and the provider's own error code where it gave one
 * (`provider-error:access_denied`). A code this client does not know is shown as it is (`key` null).
 */
export function signInReason(reason: string): { key: string | null; error?: string } {
  const [code, ...rest] = reason.split(':');
  if (code === 'provider-error') {
    const error = rest.join(':');
    if (!error) return { key: 'providerUnreachable' };
    return error === 'access_denied' ? { key: 'providerCancelled' } : { key: 'providerError', error };
  }
  return { key: Object.hasOwn(REASONS, reason) ? REASONS[reason] : null };
}
