import { describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { GraphQLError } from 'graphql';
import { signOutConfirmed } from './sign-out';

describe('signOutConfirmed', () => {
  it('is confirmed when the server ended the session, or had none to end', () => {
    expect(signOutConfirmed({ data: { signOut: true } })).toBe(true);
    const none = new CombinedError({
      graphQLErrors: [new GraphQLError('Log opnieuw in', { extensions: { code: 'UNAUTHENTICATED' } })],
    });
    expect(signOutConfirmed({ error: none })).toBe(true);
  });

  it('is not confirmed when the request did not reach the server or the server failed', () => {
    expect(signOutConfirmed({ error: new CombinedError({ networkError: new TypeError('Failed to fetch') }) })).toBe(
      false,
    );
    const failed = new CombinedError({
      graphQLErrors: [new GraphQLError('Er ging iets mis', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
    });
    expect(signOutConfirmed({ error: failed })).toBe(false);
    expect(signOutConfirmed({ data: null })).toBe(false);
  });
});
