import type { CombinedError } from 'urql';

/**
 * Whether the server has ended the session after `signOut`: it said so, or it answered that there was
 * no session to end (UNAUTHENTICATED). A lost connection or a server failure leaves it unconfirmed.
 */
export function signOutConfirmed(result: { data?: { signOut?: boolean } | null; error?: CombinedError }): boolean {
  if (result.error) return result.error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return result.data?.signOut === true;
}
