import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The test identity provider lives in tools/ (an ES module, shared with the browser tests, outside any Nx
// project); this file is CommonJS.
// eslint-disable-next-line @nx/enforce-module-boundaries
import type * as Provider from '../../../tools/oidc-test-provider.mjs' with { 'resolution-mode': 'import' };
import { useTestServer } from './support/test-server';
import { ADMIN, asUsers, BAKEN_MENTOR, COORDINATOR, DOCTOR, failure, ok, PRIVACY } from './support/graphql-helpers';
import { BrowserClient } from './support/browser-client';
import { connectLive } from './support/live-client';
import { OIDC_SIGN_IN_LIMIT_PER_MINUTE } from '../src/modules/sign-in/oidc.controller';

const APP_URL = 'http://aanwezig.test';
const CALLBACK = `${APP_URL}/auth/oidc/callback`;
const ME = '{ me { email name } }';

/**
 * Sign-in through the organisations' own OpenID Providers (two real providers in process: the school's
 * and the GGD's), as a browser goes through it: start, the provider's login page, the callback. Every way
 * in that must fail does: wrong state, a replayed callback or code, a forged or expired ID token, another
 * browser, an uninvited person, someone who moved, a missing second factor.
 */
describe('sign-in through the organisation’s provider', () => {
  const t = useTestServer({ appUrl: APP_URL });
  const as = asUsers(t);
  let school: Provider.TestProvider;
  let ggd: Provider.TestProvider;
  let authorizeAt: typeof Provider.authorizeAt;
  const orgs = new Map<string, string>();
  const sql = <R>(query: string, params: unknown[] = []) => t.server.dataSource.query(query, params) as Promise<R[]>;

  beforeAll(async () => {
    // eslint-disable-next-line @nx/enforce-module-boundaries
    const { startTestProvider, authorizeAt: authorize } = await import('../../../tools/oidc-test-provider.mjs');
    authorizeAt = authorize;
    school = await startTestProvider({
      name: 'Het Baken College',
      clients: [{ client_id: 'aanwezig-baken', client_secret: 'baken-secret', redirect_uris: [CALLBACK] }],
      accounts: [
        { sub: 'baken-verzuim', email: COORDINATOR, name: 'Ahmed el Amrani' },
        { sub: 'baken-mentor', email: BAKEN_MENTOR, name: 'Mentor Baken' },
        { sub: 'baken-stranger', email: 'stagiair@baken.demo.test', name: 'Nog niet uitgenodigd' },
        { sub: 'baken-privacy', email: PRIVACY, name: 'Privacy' },
      ],
    });
    ggd = await startTestProvider({
      name: 'GGD Kustland',
      clients: [{ client_id: 'aanwezig-ggd', client_secret: 'ggd-secret', redirect_uris: [CALLBACK] }],
      accounts: [{ sub: 'ggd-jeugdarts', email: DOCTOR, name: 'Jeugdarts' }],
    });
    const { organisations } = ok(
      await as(ADMIN).query<{ organisations: { id: string; name: string }[] }>('{ organisations { id name } }'),
    );
    for (const o of organisations) orgs.set(o.name, o.id);
    const configure = `mutation ($id: ID!, $input: IdentityProviderInput!) {
      configureIdentityProvider(organisationId: $id, input: $input) { id identityProvider { issuer domains requireMfa } } }`;
    ok(
      await as(ADMIN).query(configure, {
        id: orgs.get('Het Baken College'),
        input: {
          issuer: school.issuer,
          clientId: 'aanwezig-baken',
          clientSecret: 'baken-secret',
          domains: ['baken.demo.test'],
        },
      }),
    );
    ok(
      await as(ADMIN).query(configure, {
        id: orgs.get('GGD Kustland - JGZ'),
        input: {
          issuer: ggd.issuer,
          clientId: 'aanwezig-ggd',
          clientSecret: 'ggd-secret',
          domains: ['ggd.demo.test'],
          requireMfa: true,
        },
      }),
    );
  });
  afterAll(async () => {
    await school?.stop();
    await ggd?.stop();
  });

  /** Start with the address, log in at the provider, come back: the browser, and where the callback sent it. */
  async function signIn(email: string, options: { login?: string; mfa?: boolean } = {}) {
    const browser = new BrowserClient(t.url);
    const started = await browser.get(`/auth/oidc/start?email=${encodeURIComponent(email)}`);
    expect(started.status).toBe(302);
    const authorization = started.headers.get('location')!;
    const callback = await authorizeAt(authorization, { login: options.login ?? email, mfa: options.mfa });
    const back = await browser.get(callback);
    expect(back.status).toBe(302);
    return { browser, authorization: new URL(authorization), callback, location: back.headers.get('location')! };
  }
  const refusal = (location: string) => Object.fromEntries(new URL(location, APP_URL).searchParams);
  const lastEvent = async () =>
    (
      await sql<{
        outcome: string;
        reason: string | null;
        email: string | null;
        issuer: string | null;
        user_id: string | null;
      }>(`SELECT outcome, reason, email, issuer, user_id FROM sign_in_event ORDER BY at DESC LIMIT 1`)
    )[0];

  it('signs the invited coordinator in with the code flow and PKCE, into a cookie session', async () => {
    const { browser, authorization, location } = await signIn(COORDINATOR);
    expect(authorization.origin).toBe(school.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    expect(authorization.searchParams.get('redirect_uri')).toBe(CALLBACK);
    expect(location, JSON.stringify(await lastEvent())).toBe('/');
    expect([...browser.cookies.keys()]).toEqual(expect.arrayContaining(['aanwezig_csrf', 'aanwezig_session']));
    expect(ok(await browser.graphql<{ me: { email: string } }>(ME)).me.email).toBe(COORDINATOR);
    expect(await lastEvent()).toMatchObject({ outcome: 'SIGNED_IN', issuer: school.issuer, email: COORDINATOR });
    const [link] = await sql<{ subject: string }>(`SELECT subject FROM user_identity WHERE issuer = $1`, [
      school.issuer,
    ]);
    expect(link.subject).toBe('baken-verzuim');
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, and the CSRF cookie readable', async () => {
    const browser = new BrowserClient(t.url);
    const started = await browser.get(`/auth/oidc/start?email=${COORDINATOR}`);
    const callback = await authorizeAt(started.headers.get('location')!, { login: COORDINATOR });
    const back = await fetch(`${t.url}${new URL(callback).pathname}${new URL(callback).search}`, {
      redirect: 'manual',
      headers: { cookie: `aanwezig_oidc=${browser.cookies.get('aanwezig_oidc')}` },
    });
    const cookies = back.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('aanwezig_session='))!;
    const csrf = cookies.find((c) => c.startsWith('aanwezig_csrf='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\//);
    expect(csrf).not.toMatch(/HttpOnly/i);
  });

  it('refuses a cookie-authenticated write without the CSRF token, and accepts it with', async () => {
    const { browser } = await signIn(COORDINATOR);
    const mutation = 'mutation { markNotificationsRead }';
    const refused = await browser.graphql(mutation, {}, { csrf: false });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'auth.csrf' });
    const forged = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `aanwezig_session=${browser.cookies.get('aanwezig_session')}`,
        'x-csrf-token': 'A'.repeat(43),
      },
      body: JSON.stringify({ query: mutation }),
    });
    expect(((await forged.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    ok(await browser.graphql(mutation));
  });

  it('matches later sign-ins on the provider’s subject, not on the e-mail address', async () => {
    await signIn(COORDINATOR);
    // The provider changes her address: the subject still names her.
    const account = school.accounts.find((a) => a.sub === 'baken-verzuim')!;
    account.email = 'a.elamrani@baken.demo.test';
    try {
      const { browser } = await signIn(COORDINATOR, { login: 'a.elamrani@baken.demo.test' });
      expect(ok(await browser.graphql<{ me: { email: string } }>(ME)).me.email).toBe(COORDINATOR);
    } finally {
      account.email = COORDINATOR;
    }
    // Someone else at the provider with her address (another subject) is not her.
    school.accounts.push({ sub: 'baken-impostor', email: COORDINATOR.toUpperCase(), name: 'Ander' });
    try {
      const impostor = school.accounts.at(-1)!;
      const browser = new BrowserClient(t.url);
      const started = await browser.get(`/auth/oidc/start?email=${COORDINATOR}`);
      // The login page finds the first account with the address: log in as the impostor by removing the real one for a moment.
      const real = school.accounts.splice(school.accounts.indexOf(account), 1);
      const callback = await authorizeAt(started.headers.get('location')!, { login: impostor.email });
      school.accounts.push(...real);
      const back = await browser.get(callback);
      expect(refusal(back.headers.get('location')!)).toMatchObject({ fout: 'niet-uitgenodigd' });
      expect(browser.cookies.has('aanwezig_session')).toBe(false);
    } finally {
      school.accounts.splice(
        school.accounts.findIndex((a) => a.sub === 'baken-impostor'),
        1,
      );
    }
  });

  it('refuses a callback with a wrong state, a replayed callback, and one from another browser', async () => {
    const browser = new BrowserClient(t.url);
    const started = await browser.get(`/auth/oidc/start?email=${COORDINATOR}`);
    const callback = new URL(await authorizeAt(started.headers.get('location')!, { login: COORDINATOR }));
    const wrong = new URL(callback);
    wrong.searchParams.set('state', 'not-the-state-we-sent');
    expect(refusal((await browser.get(wrong.href)).headers.get('location')!)).toMatchObject({ fout: 'verlopen' });

    // Another browser (no attempt cookie) with the real callback: login CSRF, refused; and the attempt is used up.
    const other = new BrowserClient(t.url);
    expect(refusal((await other.get(callback.href)).headers.get('location')!)).toMatchObject({ fout: 'verlopen' });
    expect(other.cookies.has('aanwezig_session')).toBe(false);
    expect((await lastEvent()).reason).toBe('other-browser');
    expect(refusal((await browser.get(callback.href)).headers.get('location')!)).toMatchObject({ fout: 'verlopen' });
    expect(browser.cookies.has('aanwezig_session')).toBe(false);
  });

  it('lets two sign-ins started in one browser both finish, and a stray callback spoil neither', async () => {
    const browser = new BrowserClient(t.url);
    const tabA = (await browser.get(`/auth/oidc/start?email=${COORDINATOR}`)).headers.get('location')!;
    const tabB = (await browser.get(`/auth/oidc/start?email=${COORDINATOR}`)).headers.get('location')!;
    // Someone else's callback opened in this browser first.
    const stranger = new BrowserClient(t.url);
    const theirs = await authorizeAt(
      (await stranger.get(`/auth/oidc/start?email=${COORDINATOR}`)).headers.get('location')!,
      {
        login: COORDINATOR,
      },
    );
    expect(refusal((await browser.get(theirs)).headers.get('location')!)).toMatchObject({ fout: 'verlopen' });
    expect((await browser.get(await authorizeAt(tabA, { login: COORDINATOR }))).headers.get('location')).toBe('/');
    expect((await browser.get(await authorizeAt(tabB, { login: COORDINATOR }))).headers.get('location')).toBe('/');
    expect(ok(await browser.graphql<{ me: { email: string } }>(ME)).me.email).toBe(COORDINATOR);
  });

  it('refuses a replayed authorization code in a new attempt', async () => {
    const first = await signIn(COORDINATOR);
    expect(first.location).toBe('/');
    const code = new URL(first.callback).searchParams.get('code')!;
    const browser = new BrowserClient(t.url);
    const started = await browser.get(`/auth/oidc/start?email=${COORDINATOR}`);
    const state = new URL(started.headers.get('location')!).searchParams.get('state')!;
    const replay = new URL(CALLBACK);
    replay.search = new URLSearchParams({ code, state, iss: school.issuer }).toString();
    expect(refusal((await browser.get(replay.href)).headers.get('location')!)).toMatchObject({ fout: 'mislukt' });
    expect(await lastEvent()).toMatchObject({ outcome: 'FAILED', reason: 'unverified' });
    expect(browser.cookies.has('aanwezig_session')).toBe(false);
  });

  it.each(['signature', 'expired', 'issuer', 'nonce'] as const)(
    'refuses an ID token with a %s that does not verify',
    async (mode) => {
      school.tamper = mode;
      const { browser, location } = await signIn(COORDINATOR);
      expect(school.tamper).toBeNull();
      expect(refusal(location)).toEqual({ fout: 'mislukt', organisatie: 'Het Baken College' });
      expect(browser.cookies.has('aanwezig_session')).toBe(false);
      expect(await lastEvent()).toMatchObject({ outcome: 'FAILED', reason: 'unverified' });
    },
  );

  it('refuses a person the provider knows but nobody invited, saying whom to ask', async () => {
    const { browser, location } = await signIn('stagiair@baken.demo.test');
    expect(refusal(location)).toEqual({ fout: 'niet-uitgenodigd', organisatie: 'Het Baken College' });
    expect(browser.cookies.has('aanwezig_session')).toBe(false);
    expect(await lastEvent()).toMatchObject({
      outcome: 'REFUSED',
      reason: 'not-invited',
      email: 'stagiair@baken.demo.test',
    });
  });

  it('refuses someone who moved to another organisation through the old one’s provider', async () => {
    expect((await signIn(BAKEN_MENTOR)).location).toBe('/');
    const [mentor] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [BAKEN_MENTOR]);
    await sql(`UPDATE membership SET organisation_id = $2 WHERE user_id = $1`, [
      mentor.id,
      orgs.get('Duinzicht Lyceum'),
    ]);
    const { browser, location } = await signIn(BAKEN_MENTOR);
    expect(refusal(location)).toMatchObject({ fout: 'niet-uitgenodigd', organisatie: 'Het Baken College' });
    expect(browser.cookies.has('aanwezig_session')).toBe(false);
    expect(await lastEvent()).toMatchObject({ outcome: 'REFUSED', reason: 'no-longer-member' });
  });

  it('refuses the jeugdarts without a second factor and admits her with one', async () => {
    const without = await signIn(DOCTOR);
    expect(refusal(without.location)).toEqual({ fout: 'mfa-vereist', organisatie: 'GGD Kustland - JGZ' });
    expect(without.browser.cookies.has('aanwezig_session')).toBe(false);
    expect(await lastEvent()).toMatchObject({ outcome: 'REFUSED', reason: 'mfa-required' });
    const withMfa = await signIn(DOCTOR, { mfa: true });
    expect(withMfa.location).toBe('/');
    expect(ok(await withMfa.browser.graphql<{ me: { email: string } }>(ME)).me.email).toBe(DOCTOR);
  });

  it('says so when the person cancels at the provider, or no provider serves the address', async () => {
    const browser = new BrowserClient(t.url);
    const started = await browser.get(`/auth/oidc/start?email=${COORDINATOR}`);
    const cancelled = await authorizeAt(started.headers.get('location')!, { login: COORDINATOR, cancel: true });
    expect(refusal((await browser.get(cancelled)).headers.get('location')!)).toMatchObject({ fout: 'mislukt' });
    expect(await lastEvent()).toMatchObject({ outcome: 'FAILED', reason: 'provider-error:access_denied' });
    const none = await new BrowserClient(t.url).get('/auth/oidc/start?email=iemand@elders.example');
    expect(refusal(none.headers.get('location')!)).toEqual({ fout: 'geen-aanbieder' });
    const byId = await new BrowserClient(t.url).get(
      `/auth/oidc/start?organisationId=${orgs.get('GGD Kustland - JGZ')}`,
    );
    expect(new URL(byId.headers.get('location')!).origin).toBe(ggd.issuer);
  });

  it('ends the session at sign-out: the cookie is cleared and no longer signs anyone in', async () => {
    const { browser } = await signIn(COORDINATOR);
    const session = browser.cookies.get('aanwezig_session')!;
    expect(ok(await browser.graphql<{ signOut: boolean }>('mutation { signOut }')).signOut).toBe(true);
    expect(browser.cookies.has('aanwezig_session')).toBe(false);
    const replayed = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `aanwezig_session=${session}` },
      body: JSON.stringify({ query: ME }),
    });
    const answer = (await replayed.json()) as { errors: { extensions: { code: string } }[] };
    expect(answer.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lists the sign-in log to the privacy officer for her organisation only, and to nobody without the role', async () => {
    const { signInEvents } = ok(
      await as(PRIVACY).query<{
        signInEvents: {
          totalCount: number;
          edges: { node: { organisationName: string | null; outcome: string; email: string | null } }[];
        };
      }>('{ signInEvents(first: 100) { totalCount edges { node { organisationName outcome reason email } } } }'),
    );
    expect(signInEvents.totalCount).toBeGreaterThan(0);
    // Through the school's provider, or a dev login of one of its people (no provider: no organisation on the attempt).
    expect(new Set(signInEvents.edges.map((e) => e.node.organisationName))).toEqual(
      new Set(['Het Baken College', null]),
    );
    expect(signInEvents.edges.map((e) => e.node.email)).not.toContain(DOCTOR);
    expect(signInEvents.edges.map((e) => e.node.email)).toContain(PRIVACY);
    const all = ok(
      await as(ADMIN).query<{ signInEvents: { edges: { node: { organisationName: string | null } }[] } }>(
        '{ signInEvents(first: 100) { edges { node { organisationName } } } }',
      ),
    );
    expect(all.signInEvents.edges.map((e) => e.node.organisationName)).toContain('GGD Kustland - JGZ');
    expect(failure(await as(COORDINATOR).query('{ signInEvents { totalCount } }')).code).toBe('FORBIDDEN');
  });

  it('lets only the region’s administrator configure a provider, with errors that name the field', async () => {
    const configure = `mutation ($id: ID!, $input: IdentityProviderInput!) { configureIdentityProvider(organisationId: $id, input: $input) { id } }`;
    const input = { issuer: school.issuer, clientId: 'x', clientSecret: 'y' };
    const baken = orgs.get('Het Baken College');
    for (const who of [COORDINATOR, PRIVACY, DOCTOR])
      expect(failure(await as(who).query(configure, { id: baken, input })).code).toBe('FORBIDDEN');
    expect(failure(await as(ADMIN).query(configure, { id: '00000000-0000-4000-8000-000000000000', input })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      failure(await as(ADMIN).query(configure, { id: baken, input: { ...input, issuer: 'geen url' } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'issuer',
    });
    expect(
      failure(await as(ADMIN).query(configure, { id: baken, input: { ...input, domains: ['baken demo'] } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domains' });
    // Another organisation's domain: refused, or its people would be sent to this provider.
    const duinzicht = orgs.get('Duinzicht Lyceum');
    const taken = failure(
      await as(ADMIN).query(configure, { id: duinzicht, input: { ...input, domains: ['baken.demo.test'] } }),
    );
    expect(taken).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domains' });
    expect(taken.message).toContain('Het Baken College');
    // A provider that does not answer is refused before anyone is sent to it.
    const nowhere = failure(
      await as(ADMIN).query(configure, { id: duinzicht, input: { ...input, issuer: 'http://127.0.0.1:9/nowhere' } }),
    );
    expect(nowhere).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issuer' });
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM identity_provider WHERE organisation_id = $1`,
      [duinzicht],
    );
    expect(n).toBe(0);
    // Only the administrator sees the setting; the secret is never readable.
    const read = '{ organisations { name identityProvider { issuer clientId } } }';
    const seen = ok(await as(COORDINATOR).query<{ organisations: { identityProvider: unknown }[] }>(read));
    expect(seen.organisations.every((o) => o.identityProvider === null)).toBe(true);
    const [row] = await sql<{ client_secret_sealed: string }>(
      `SELECT client_secret_sealed FROM identity_provider LIMIT 1`,
    );
    expect(row.client_secret_sealed).not.toContain('secret');
  });

  it('ends every session and socket of a deactivated person within a second', async () => {
    const { browser } = await signIn(PRIVACY);
    const bearer = await t.login(PRIVACY);
    const live = await connectLive(t.url, bearer);
    try {
      const [privacy] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [PRIVACY]);
      const ended = new Promise<{ reason: string; at: number }>((resolve) => {
        let reason = '(not told)';
        live.socket.once('session-ended', (message: { reason: string }) => (reason = message.reason));
        live.socket.once('disconnect', () => resolve({ reason, at: Date.now() }));
      });
      const before = Date.now();
      ok(await as(ADMIN).query('mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: privacy.id }));
      const { reason, at } = await ended;
      expect(reason).toBe('DEACTIVATED');
      expect(at - before).toBeLessThan(1_000);
      expect(failure(await browser.graphql(ME)).code).toBe('UNAUTHENTICATED');
      expect(failure(await t.graphql(ME, {}, bearer)).code).toBe('UNAUTHENTICATED');
      const [{ n }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM auth_session WHERE user_id = $1 AND ended_at IS NULL`,
        [privacy.id],
      );
      expect(n).toBe(0);
      // And the provider no longer lets her in.
      expect(refusal((await signIn(PRIVACY)).location)).toMatchObject({ fout: 'gedeactiveerd' });
      // An administrator cannot lock the region out by deactivating themselves.
      const [admin] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [ADMIN]);
      expect(
        failure(await as(ADMIN).query('mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: admin.id })).code,
      ).toBe('CONFLICT');
      // Nobody else can deactivate.
      expect(
        failure(
          await as(COORDINATOR).query('mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: privacy.id }),
        ).code,
      ).toBe('FORBIDDEN');
    } finally {
      live.close();
    }
  });
  // Last: it spends this address's sign-ins for the minute.
  it('sends a browser that starts too many sign-ins in a minute to a page that says so', async () => {
    const browser = new BrowserClient(t.url);
    let last = '';
    for (let i = 0; i <= OIDC_SIGN_IN_LIMIT_PER_MINUTE + 1 && !last.includes('te-vaak'); i++)
      last = (await browser.get('/auth/oidc/start?email=iemand%40elders.example')).headers.get('location') ?? '';
    expect(last).toBe('/aanmelden?fout=te-vaak');
  }, 60_000);
});
