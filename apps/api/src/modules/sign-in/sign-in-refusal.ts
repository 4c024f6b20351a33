/**
 * Why a sign-in through a provider did not end in a session: the code the sign-in page reads from
 * `/aanmelden?fout=<code>` (CONTRACT.md, plan of the web client), and the reason written to the log.
 */
export const REFUSALS = {
  /** No organisation with a provider for that address or id. */
  noProvider: { page: 'geen-aanbieder', log: 'no-provider' },
  /** The attempt is unknown, used already, from another browser, or older than ATTEMPT_MINUTES. */
  expired: { page: 'verlopen', log: 'attempt-expired' },
  otherBrowser: { page: 'verlopen', log: 'other-browser' },
  /** The provider said no (the person cancelled) or could not be reached. */
  providerError: { page: 'mislukt', log: 'provider-error' },
  /** The provider's answer did not verify: code, PKCE, state, nonce, issuer, signature, expiry. */
  unverified: { page: 'mislukt', log: 'unverified' },
  /** No e-mail address in the claim the organisation named, or one outside its domains. */
  noEmail: { page: 'mislukt', log: 'no-email' },
  mfaRequired: { page: 'mfa-vereist', log: 'mfa-required' },
  notInvited: { page: 'niet-uitgenodigd', log: 'not-invited' },
  /** Linked before, but no longer a member of the organisation whose provider it is (moved, or removed). */
  noLongerMember: { page: 'niet-uitgenodigd', log: 'no-longer-member' },
  deactivated: { page: 'gedeactiveerd', log: 'deactivated' },
} as const satisfies Record<string, Refusal>;

export type Refusal = { page: string; log: string };

/** The sign-in page that says why, in Dutch, with the organisation to ask. */
export function refusalPage(refusal: Refusal, organisationName?: string | null): string {
  const query = new URLSearchParams({ fout: refusal.page });
  if (organisationName) query.set('organisatie', organisationName);
  return `/aanmelden?${query}`;
}
