import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignJWT } from 'jose';
import { DEMO_USERS, demoMemberships } from '../src/database/seed/demo-region.data';
import { useTestServer } from './support/test-server';
import { TokenService } from '../src/core/auth/token.service';
import type { AppConfig } from '../src/core/config/config';
import { UserService } from '../src/modules/user/user.service';
import type { DataSource } from 'typeorm';

const ME = '{ me { id email name memberships { role organisation { id name kind } } } }';

describe('sign-in and me over HTTP', () => {
  const t = useTestServer();

  it('gives two demo users each their own me', async () => {
    const mentor = await t.graphql<{
      me: { email: string; name: string; memberships: { role: string; organisation: { name: string } }[] };
    }>(ME, {}, await t.login('mentor@baken.demo.test'));
    const officer = await t.graphql<typeof mentor.data extends infer D ? NonNullable<D> : never>(
      ME,
      {},
      await t.login('leerplicht@kustland.demo.test'),
    );

    expect(mentor.errors).toBeUndefined();
    expect(mentor.data!.me.email).toBe('mentor@baken.demo.test');
    expect(mentor.data!.me.memberships).toEqual([
      { role: 'MENTOR', organisation: expect.objectContaining({ name: 'Het Baken College' }) },
    ]);
    expect(officer.data!.me.email).toBe('leerplicht@kustland.demo.test');
    expect(officer.data!.me.memberships).toEqual([
      { role: 'ATTENDANCE_OFFICER', organisation: expect.objectContaining({ name: 'Gemeente Kustland - Leerplicht' }) },
    ]);
  });

  it('returns the signed-in user with the token', async () => {
    const result = await t.graphql<{ devLogin: { token: string; user: { email: string; name: string } } }>(
      'mutation { devLogin(email: "  Verzuim@Baken.Demo.Test ") { token user { email name } } }',
    );
    expect(result.data!.devLogin.user).toEqual({ email: 'verzuim@baken.demo.test', name: 'Ahmed el Amrani' });
    expect(result.data!.devLogin.token.split('.')).toHaveLength(3);
  });

  it('refuses an unknown e-mail address', async () => {
    const result = await t.graphql('mutation { devLogin(email: "nobody@example.test") { token } }');
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it.each([
    ['no token', undefined],
    ['a malformed token', 'not-a-jwt'],
  ])('answers UNAUTHENTICATED with %s', async (_label, token) => {
    const result = await t.graphql(ME, {}, token);
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another secret', async () => {
    const mine = await t.login('mentor@baken.demo.test');
    const { sub } = JSON.parse(Buffer.from(mine.split('.')[1], 'base64url').toString()) as { sub: string };
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(sub)
      .setIssuer('aanwezig')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    const result = await t.graphql(ME, {}, forged);
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('lists the demo users for the sign-in page while dev login is on', async () => {
    const result = await t.graphql<{ demoUsers: { email: string; role: string; organisationName: string }[] }>(
      '{ demoUsers { email role organisationName } }',
    );
    expect(result.data!.demoUsers).toHaveLength(DEMO_USERS.flatMap(demoMemberships).length);
    expect(result.data!.demoUsers).toContainEqual({
      email: 'beheer@swv.demo.test',
      role: 'ADMIN',
      organisationName: 'Samenwerkingsverband Kustland VO',
    });
  });
});

describe('with dev login off', () => {
  const t = useTestServer({ devLogin: false });

  it('refuses devLogin and offers no demo users', async () => {
    const login = await t.graphql('mutation { devLogin(email: "mentor@baken.demo.test") { token } }');
    expect(login.errors![0].extensions!.code).toBe('FORBIDDEN');
    const users = await t.graphql<{ demoUsers: unknown[] }>('{ demoUsers { email } }');
    expect(users.data!.demoUsers).toEqual([]);
  });
});

describe('dev login in production', () => {
  it('is refused, and lists no demo users, even with the flag on in a configuration built in code', async () => {
    // startServer refuses this configuration (test/startup.spec.ts); the service refuses it on its own too,
    // without asking the database anything.
    const untouched = new Proxy({} as DataSource, {
      get: () => {
        throw new Error('the database was asked');
      },
    });
    const tokens = new TokenService({ authSecret: 'x'.repeat(32), tokenTtl: '1h' } as AppConfig);
    const users = new UserService(untouched, tokens, { env: 'production', devLogin: true } as AppConfig);
    await expect(users.devLogin('mentor@baken.demo.test')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await users.demoUsers()).toEqual([]);
  });
});

describe('bearer tokens', () => {
  afterEach(() => vi.useRealTimers());

  it('refuses a token once it has expired, also after it was accepted before', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T09:00:00Z'), toFake: ['Date'] });
    const tokens = new TokenService({
      authSecret: 'token-test-secret-token-test-secret!',
      tokenTtl: '60s',
    } as AppConfig);
    const token = await tokens.sign('5f0c3f4e-3c1a-4a53-9a43-2b7f8f1d2e10');
    expect(await tokens.verify(token)).toEqual({ userId: '5f0c3f4e-3c1a-4a53-9a43-2b7f8f1d2e10', actingAs: null });
    vi.setSystemTime(new Date('2026-11-24T09:00:59Z'));
    expect(await tokens.verify(token)).not.toBeNull();
    vi.setSystemTime(new Date('2026-11-24T09:01:01Z'));
    expect(await tokens.verify(token)).toBeNull();
  });
});
