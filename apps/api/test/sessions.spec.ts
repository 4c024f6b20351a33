import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pino from 'pino';
import { startServer, type RunningServer } from '../src/core/bootstrap';
import { createFreshDatabase, type FreshDatabase } from './support/test-database';
import { testConfig, useTestServer } from './support/test-server';
import { COORDINATOR, failure, ok } from './support/graphql-helpers';
import { BrowserClient } from './support/browser-client';
import { connectLive } from './support/live-client';

const ME = '{ me { email actingAs { organisation { name } } memberships { role organisation { id name } } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type Me = {
  me: {
    email: string;
    actingAs: { organisation: { name: string } } | null;
    memberships: { role: string; organisation: { id: string; name: string } }[];
  };
};

/** Dev login into a cookie session, as the web client's demo list does. */
async function devLoginBrowser(url: string, email: string): Promise<BrowserClient> {
  const browser = new BrowserClient(url);
  ok(await browser.graphql('mutation ($e: String!) { devLogin(email: $e) { token } }', { e: email }));
  return browser;
}

/**
 * Sessions end by themselves: after SESSION_IDLE_TIMEOUT without a request, and TOKEN_TTL after sign-in
 * however active; a socket ends with its session. Here both are seconds long.
 */
describe('session timeouts', () => {
  const t = useTestServer({ sessionIdleTimeout: '2s', tokenTtl: '5s' });

  it('ends a session left idle, also for a socket that sends nothing', async () => {
    const token = await t.login(COORDINATOR);
    ok(await t.graphql(ME, {}, token));
    const live = await connectLive(t.url, token);
    try {
      const ended = new Promise<string>((resolve) =>
        live.socket.once('session-ended', (m: { reason: string }) => resolve(m.reason)),
      );
      await sleep(2_300);
      expect(failure(await t.graphql(ME, {}, token)).code).toBe('UNAUTHENTICATED');
      expect(await ended).toBe('EXPIRED');
    } finally {
      live.close();
    }
  });

  it('does not let actAs outlive the session it was made from', async () => {
    const token = await t.login('ib@meeuw.demo.test');
    const { me } = ok(await t.graphql<Me>(ME, {}, token));
    const meeuw = me.memberships.find((m) => m.organisation.name === 'OBS De Meeuw')!;
    const act = `mutation ($o: ID, $r: Role) { actAs(organisationId: $o, role: $r) { token } }`;
    await sleep(1_500);
    const narrowed = ok(
      await t.graphql<{ actAs: { token: string } }>(act, { o: meeuw.organisation.id, r: meeuw.role }, token),
    ).actAs.token;
    await sleep(1_500);
    const again = ok(await t.graphql<{ actAs: { token: string } }>(act, {}, narrowed)).actAs.token;
    const ends = (await t.server.dataSource.query(
      `SELECT extract(epoch FROM expires_at)::float8 AS at FROM auth_session ORDER BY created_at DESC LIMIT 3`,
    )) as { at: number }[];
    // All three end when the first one does (TOKEN_TTL after the sign-in), however they were chained.
    expect(new Set(ends.map((e) => Math.round(e.at * 1000)))).toHaveProperty('size', 1);
    ok(await t.graphql(ME, {}, again));
  }, 15_000);

  it('keeps an active session going until its absolute end', async () => {
    const token = await t.login(COORDINATOR);
    const started = Date.now();
    // A request every 700 ms: never idle for 2 s.
    while (Date.now() - started < 4_300) {
      ok(await t.graphql(ME, {}, token));
      await sleep(700);
    }
    await sleep(Math.max(0, 5_200 - (Date.now() - started)));
    expect(failure(await t.graphql(ME, {}, token)).code).toBe('UNAUTHENTICATED');
  }, 15_000);
});

describe('cookie sessions', () => {
  const t = useTestServer();

  it('sets an HttpOnly session cookie at dev login, that works without a bearer token', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { devLogin(email: "${COORDINATOR}") { token } }` }),
    });
    const session = response.headers.getSetCookie().find((c) => c.startsWith('aanwezig_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    // Secure outside development (here APP_URL is http and NODE_ENV test).
    expect(session).not.toMatch(/Secure/i);
    // Gone when the browser closes (a shared computer); the session row ends by itself as well.
    expect(session).not.toMatch(/Expires|Max-Age/i);
    const browser = await devLoginBrowser(t.url, COORDINATOR);
    expect(ok(await browser.graphql<Me>(ME)).me.email).toBe(COORDINATOR);
  });

  it('ends the browser’s previous session when someone signs in again in it', async () => {
    const browser = await devLoginBrowser(t.url, COORDINATOR);
    const first = browser.cookies.get('aanwezig_session')!;
    ok(
      await browser.graphql('mutation ($e: String!) { devLogin(email: $e) { token } }', { e: 'zorg@baken.demo.test' }),
    );
    expect(browser.cookies.get('aanwezig_session')).not.toBe(first);
    expect(ok(await browser.graphql<Me>(ME)).me.email).toBe('zorg@baken.demo.test');
    expect(failure(await t.graphql(ME, {}, first)).code).toBe('UNAUTHENTICATED');
  });

  it('asks the CSRF token of a cookie-authenticated GraphQL read over GET as well', async () => {
    const browser = await devLoginBrowser(t.url, COORDINATOR);
    const get = (csrf: boolean) =>
      fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { email } }')}`, {
        headers: {
          cookie: `aanwezig_session=${browser.cookies.get('aanwezig_session')}`,
          'apollo-require-preflight': 'true',
          ...(csrf ? { 'x-csrf-token': browser.cookies.get('aanwezig_csrf')! } : {}),
        },
      }).then((r) => r.json() as Promise<{ data?: unknown; errors?: { extensions: { reason: string } }[] }>);
    expect((await get(false)).errors?.[0].extensions.reason).toBe('auth.csrf');
    expect((await get(true)).data).toEqual({ me: { email: COORDINATOR } });
  });

  it('switches the cookie session itself with actAs, and back', async () => {
    const browser = await devLoginBrowser(t.url, 'ib@meeuw.demo.test');
    const { me } = ok(await browser.graphql<Me>(ME));
    const meeuw = me.memberships.find((m) => m.organisation.name === 'OBS De Meeuw')!;
    const act = `mutation ($o: ID, $r: Role) { actAs(organisationId: $o, role: $r) { token } }`;
    expect(
      ok(await browser.graphql<{ actAs: { token: string } }>(act, { o: meeuw.organisation.id, r: meeuw.role })).actAs
        .token,
    ).toBe('');
    expect(ok(await browser.graphql<Me>(ME)).me.actingAs).toEqual({ organisation: { name: 'OBS De Meeuw' } });
    ok(await browser.graphql(act, {}));
    expect(ok(await browser.graphql<Me>(ME)).me.actingAs).toBeNull();
  });

  it('lets a socket in with the cookie only from the app’s own origin', async () => {
    const browser = await devLoginBrowser(t.url, COORDINATOR);
    const { io } = await import('socket.io-client');
    const attempt = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = io(t.url, {
          transports: ['websocket'],
          extraHeaders: { cookie: `aanwezig_session=${browser.cookies.get('aanwezig_session')}`, origin },
          reconnection: false,
          forceNew: true,
        });
        socket.once('connect', () => (socket.close(), resolve('connected')));
        socket.once('connect_error', (error) => (socket.close(), resolve(error.message)));
      });
    expect(await attempt('http://aanwezig.test')).toBe('connected');
    // The page's own host and port (what the handshake was sent to), also behind a proxy that passes Host on.
    expect(await attempt(new URL(t.url).origin)).toBe('connected');
    expect(await attempt('https://evil.example')).toBe('UNAUTHENTICATED');
    // Another port on the same host is another site.
    expect(await attempt('http://localhost:1')).toBe('UNAUTHENTICATED');
    expect(await attempt(`http://127.0.0.1:${new URL(t.url).port}`)).toBe('UNAUTHENTICATED');
  });

  it('ends the sockets of a session at sign-out at once, and only that session’s', async () => {
    const first = await t.login(COORDINATOR);
    const second = await t.login(COORDINATOR);
    const signedOut = await connectLive(t.url, first);
    const other = await connectLive(t.url, second);
    try {
      const told = new Promise<{ reason: string; at: number }>((resolve) =>
        signedOut.socket.once('session-ended', (m: { reason: string }) =>
          resolve({ reason: m.reason, at: Date.now() }),
        ),
      );
      const before = Date.now();
      expect(ok(await t.graphql<{ signOut: boolean }>('mutation { signOut }', {}, first)).signOut).toBe(true);
      const { reason, at } = await told;
      expect(reason).toBe('SIGNED_OUT');
      expect(at - before).toBeLessThan(1_000);
      await sleep(700);
      expect(other.socket.connected).toBe(true);
      ok(await t.graphql(ME, {}, second));
      expect(failure(await t.graphql(ME, {}, first)).code).toBe('UNAUTHENTICATED');
    } finally {
      signedOut.close();
      other.close();
    }
  });
});

describe('the server log', () => {
  let database: FreshDatabase;
  let server: RunningServer;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await createFreshDatabase(inject('testDatabase'));
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    server = await startServer(testConfig({ logLevel: 'info' }), { database, logger: pino({ level: 'info' }, sink) });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('keeps no token, cookie, code, state or typed address of a sign-in', async () => {
    const browser = await devLoginBrowser(server.url, COORDINATOR);
    ok(await browser.graphql(ME));
    await browser.get('/auth/oidc/start?email=geheim.adres%40elders.example');
    await browser.get('/auth/oidc/callback?code=GEHEIMECODE123&state=GEHEIMESTATE456');
    await sleep(200);
    const log = lines.join('');
    expect(log).toContain('/auth/oidc/callback');
    for (const secret of [
      browser.cookies.get('aanwezig_session')!,
      browser.cookies.get('aanwezig_csrf')!,
      'GEHEIMECODE123',
      'GEHEIMESTATE456',
      'geheim.adres',
    ])
      expect(log).not.toContain(secret);
  });
});

describe('sign-in paths beside the web client', () => {
  const webDist = mkdtempSync(path.join(tmpdir(), 'aanwezig-web-'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Aanwezig</title>');
  const t = useTestServer({ webDist });

  it('answers a browser’s /auth/oidc/* with the server’s redirect, not the page', async () => {
    const response = await fetch(`${t.url}/auth/oidc/start?email=iemand%40elders.example`, {
      redirect: 'manual',
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/aanmelden?fout=geen-aanbieder');
    const page = await fetch(`${t.url}/aanmelden`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<title>Aanwezig</title>');
  });
});
