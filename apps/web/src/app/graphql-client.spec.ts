import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeQuery } from '../modules/auth/graphql/me.query';
import { createGraphQLClient } from './graphql-client';

const setCookie = (value: string) => (document.cookie = value);
const clearCsrf = () => setCookie('aanwezig_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/');

/** fetch as the server would answer it, keeping each request's headers. */
function answering(body: unknown) {
  const sent: Headers[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      sent.push(new Headers(init.headers));
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
  clearCsrf();
});

const events = () => ({ onUnauthenticated: vi.fn(), onSessionChanged: vi.fn() });

describe('the GraphQL client', () => {
  it("sends the session's CSRF token from its cookie and the page view, never a bearer token", async () => {
    setCookie('aanwezig_csrf=csrf-1; path=/');
    const sent = answering({ data: { me: null } });
    const client = createGraphQLClient(events());
    await client.query(MeQuery, {}).toPromise();
    expect(sent[0].get('x-csrf-token')).toBe('csrf-1');
    expect(sent[0].get('x-aanwezig-view')).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[0].get('authorization')).toBeNull();
  });

  it('sends no CSRF header while there is no session', async () => {
    const sent = answering({ data: { me: null } });
    await createGraphQLClient(events()).query(MeQuery, {}).toPromise();
    expect(sent[0].has('x-csrf-token')).toBe(false);
  });

  it('says when the server ended the session, with its reason', async () => {
    setCookie('aanwezig_csrf=csrf-1; path=/');
    answering({
      data: null,
      errors: [{ message: 'Log opnieuw in', extensions: { code: 'UNAUTHENTICATED', reason: 'auth.sessionExpired' } }],
    });
    const told = events();
    await createGraphQLClient(told).query(MeQuery, {}).toPromise();
    expect(told.onUnauthenticated).toHaveBeenCalledWith('auth.sessionExpired');
  });

  it("notices that the browser's session changed (another tab signed in) or left (signed out there)", async () => {
    setCookie('aanwezig_csrf=csrf-1; path=/');
    const sent = answering({ data: { me: null } });
    const told = events();
    const client = createGraphQLClient(told);
    await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(told.onSessionChanged).not.toHaveBeenCalled();
    setCookie('aanwezig_csrf=csrf-2; path=/');
    await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    // Read at request time: the request carries the cookie the browser holds now.
    expect(sent[1].get('x-csrf-token')).toBe('csrf-2');
    expect(told.onSessionChanged).toHaveBeenLastCalledWith(false);
    clearCsrf();
    await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(told.onSessionChanged).toHaveBeenLastCalledWith(true);
  });
});
