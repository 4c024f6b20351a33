import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { DEMO_USERS, demoMemberships } from '../src/database/seed/demo-region.data';
import { useTestServer } from './support/test-server';
import type { AppConfig } from '../src/core/config/config';
import { SignInService } from '../src/modules/sign-in/sign-in.service';
import { SessionService } from '../src/core/auth/session.service';
import { LiveEvents } from '../src/realtime/live-events';
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
    // An opaque session token (256 random bits): nothing in it to read or forge.
    expect(result.data!.devLogin.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses an unknown e-mail address', async () => {
    const result = await t.graphql('mutation { devLogin(email: "nobody@example.test") { token } }');
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it.each([
    ['no token', undefined],
    ['a malformed token', 'not-a-token'],
  ])('answers UNAUTHENTICATED with %s', async (_label, token) => {
    const result = await t.graphql(ME, {}, token);
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token of the right shape that was never issued', async () => {
    await t.login('mentor@baken.demo.test');
    const result = await t.graphql(ME, {}, randomBytes(32).toString('base64url'));
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
    const config = { env: 'production', devLogin: true, tokenTtl: '1h' } as AppConfig;
    const signIn = new SignInService(untouched, new SessionService(untouched, config), new LiveEvents(), config);
    await expect(
      signIn.devLogin('mentor@baken.demo.test', { address: null, userAgent: null }, null!),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await signIn.demoUsers()).toEqual([]);
  });
});
