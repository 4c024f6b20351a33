/** Where the browser goes to sign in at an organisation's identity provider (the server redirects on). */
export function oidcStartUrl(by: { email: string } | { organisationId: string }): string {
  const query =
    'email' in by ? `email=${encodeURIComponent(by.email)}` : `organisationId=${encodeURIComponent(by.organisationId)}`;
  return `/auth/oidc/start?${query}`;
}

/** The server's `?fout=` codes after a sign-in that did not let one in, as the keys of `signIn.errors`. */
const SIGN_IN_ERRORS: Record<string, string> = {
  'niet-uitgenodigd': 'notInvited',
  'mfa-vereist': 'mfaRequired',
  verlopen: 'expired',
  mislukt: 'failed',
  gedeactiveerd: 'deactivated',
  'geen-aanbieder': 'noProvider',
  'te-vaak': 'tooMany',
};

export function signInErrorKey(code: string): string {
  return Object.hasOwn(SIGN_IN_ERRORS, code) ? SIGN_IN_ERRORS[code] : 'unknown';
}

/** Enough of an address to find its organisation by: something@domain.tld, no spaces. */
export function validWorkEmail(address: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(address);
}
