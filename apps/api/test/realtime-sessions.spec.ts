import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pino from 'pino';
import type { Socket } from 'socket.io-client';
import { startServer, type RunningServer } from '../src/core/bootstrap';
import { LiveEvents } from '../src/realtime/live-events';
import { LiveEventKind, room, type SessionEnded } from '../src/realtime/live-event';
import { SESSION_CHECK_MS } from '../src/realtime/realtime.gateway';
import { createFreshDatabase, type FreshDatabase } from './support/test-database';
import { testConfig, type GraphQLResponse } from './support/test-server';
import { CARE_COORDINATOR, COORDINATOR, ok } from './support/graphql-helpers';
import { connectLive, type LiveClient } from './support/live-client';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How a socket's session ended, as the client sees it: the server's reason, then a server-side disconnect (never retried). */
function endOf(socket: Socket, ms: number): Promise<{ reason: string; disconnect: string; at: number }> {
  return new Promise((resolve, reject) => {
    let ended: string | null = null;
    const timer = setTimeout(() => reject(new Error(`the session did not end within ${ms} ms (told: ${ended})`)), ms);
    socket.once('session-ended', (message: SessionEnded) => (ended = message.reason));
    socket.once('disconnect', (disconnect) => {
      clearTimeout(timer);
      resolve({ reason: ended ?? '(not told)', disconnect, at: Date.now() });
    });
  });
}

/**
 * A socket lives no longer than its session, on every instance: deactivating the account or removing the
 * membership ends it within seconds, an expiring token at its expiry; the client is told why and nothing
 * more reaches it.
 */
describe('live sockets end with their session (two instances through Redis)', () => {
  let database: FreshDatabase;
  const instances: RunningServer[] = [];
  const clients: LiveClient[] = [];
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await instances[0].dataSource.query(query, params)) as R[];
  const graphql = async <T>(
    instance: RunningServer,
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ) => {
    const response = await fetch(`${instance.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  const login = async (email: string) =>
    ok(
      await graphql<{ devLogin: { token: string } }>(
        instances[0],
        `
          mutation ($e: String!) {
            devLogin(email: $e) {
              token
            }
          }
        `,
        { e: email },
      ),
    ).devLogin.token;
  const live = async (instance: RunningServer, token: string) => {
    const client = await connectLive(instance.url, token);
    clients.push(client);
    return client;
  };
  const userId = async (email: string) =>
    (await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;
  /** Within this every instance has checked its sockets at least once (and answered). */
  const WITHIN = 2 * SESSION_CHECK_MS + 2_000;

  beforeAll(async () => {
    database = await createFreshDatabase(inject('testDatabase'));
    for (let i = 0; i < 2; i++) {
      const config = testConfig({ redisUrl: REDIS_URL });
      instances.push(await startServer(config, { database, logger: pino({ level: config.logLevel }) }));
    }
  });

  afterAll(async () => {
    clients.forEach((c) => c.close());
    for (const instance of instances) await instance.close();
    await database.drop();
  });

  it('ends every socket of a deactivated account on both instances within seconds, and nothing reaches them after', async () => {
    const token = await login(CARE_COORDINATOR);
    const colleague = await live(instances[1], await login(COORDINATOR));
    const onFirst = await live(instances[0], token);
    const onSecond = await live(instances[1], token);
    const id = await userId(CARE_COORDINATOR);
    const colleagueId = await userId(COORDINATOR);
    const ends = [endOf(onFirst.socket, WITHIN), endOf(onSecond.socket, WITHIN)];

    const deactivatedAt = Date.now();
    await sql(`UPDATE app_user SET active = false WHERE id = $1`, [id]);
    for (const ended of await Promise.all(ends)) {
      expect(ended).toMatchObject({ reason: 'DEACTIVATED', disconnect: 'io server disconnect' });
      expect(ended.at - deactivatedAt).toBeLessThan(WITHIN);
    }

    // Events for the user's room (from either instance) reach nobody; the colleague's still reach the colleague.
    const seen = [onFirst.events.length, onSecond.events.length];
    instances[0].app
      .get(LiveEvents)
      .publish({ kind: LiveEventKind.NOTIFICATION_CREATED }, [room.user(id), room.user(colleagueId)]);
    instances[1].app.get(LiveEvents).publish({ kind: LiveEventKind.NOTIFICATION_CREATED }, [room.user(id)]);
    await colleague.waitFor((e) => e.kind === 'NOTIFICATION_CREATED', 2_000);
    await sleep(300);
    expect([onFirst.events.length, onSecond.events.length]).toEqual(seen);
    expect(onFirst.socket.connected || onSecond.socket.connected).toBe(false);
    expect(colleague.socket.connected).toBe(true);
    // And the client does not come back: a server-side disconnect is not retried, and a new socket is refused.
    await sleep(500);
    expect(onFirst.socket.connected || onSecond.socket.connected).toBe(false);
    await expect(connectLive(instances[0].url, token)).rejects.toThrow(/UNAUTHENTICATED/);
  }, 30_000);

  it('ends a socket working as a membership when that membership is removed', async () => {
    const token = await login(COORDINATOR);
    const [membership] = await sql<{ id: string; organisation_id: string; role: string }>(
      `SELECT m.id, m.organisation_id, m.role FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = $1 LIMIT 1`,
      [COORDINATOR],
    );
    const actingAs = ok(
      await graphql<{ actAs: { token: string } }>(
        instances[0],
        `
          mutation ($o: ID, $r: Role) {
            actAs(organisationId: $o, role: $r) {
              token
            }
          }
        `,
        { o: membership.organisation_id, r: membership.role },
        token,
      ),
    ).actAs.token;
    const client = await live(instances[1], actingAs);
    const ended = endOf(client.socket, WITHIN);
    await sql(`DELETE FROM membership WHERE id = $1`, [membership.id]);
    expect(await ended).toMatchObject({ reason: 'MEMBERSHIP_REMOVED', disconnect: 'io server disconnect' });
    await sql(
      `INSERT INTO membership (id, user_id, organisation_id, role) SELECT $1, u.id, $2, $3 FROM app_user u WHERE u.email = $4`,
      [membership.id, membership.organisation_id, membership.role, COORDINATOR],
    );
  }, 30_000);

  it('takes a socket out of the case rooms a removed membership gave it, and tells it, while its other memberships go on', async () => {
    const [baken] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    const [duinzicht] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Duinzicht Lyceum'`);
    const [{ id: caseId }] = await sql<{ id: string }>(
      `SELECT id FROM case_file WHERE school_id = $1 AND status = 'OPEN' ORDER BY created_at LIMIT 1`,
      [baken.id],
    );
    const id = await userId(COORDINATOR);
    await sql(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'ATTENDANCE_COORDINATOR')`, [
      id,
      duinzicht.id,
    ]);
    const client = await live(instances[0], await login(COORDINATOR));
    expect(await client.join('case', caseId)).toEqual({ ok: true });

    await sql(`DELETE FROM membership WHERE user_id = $1 AND organisation_id = $2`, [id, baken.id]);
    await client.waitFor((e) => e.kind === 'CASE_VISIBILITY_CHANGED' && e.caseId === caseId, WITHIN);
    const seen = client.events.length;
    instances[1].app.get(LiveEvents).publish({ kind: LiveEventKind.ADVICE_WRITTEN, caseId }, [room.case(caseId)]);
    instances[1].app.get(LiveEvents).publish({ kind: LiveEventKind.NOTIFICATION_CREATED }, [room.user(id)]);
    await client.waitFor((e) => e.kind === 'NOTIFICATION_CREATED', 2_000);
    expect(client.events.slice(seen).filter((e) => e.caseId === caseId)).toEqual([]);
    expect(client.socket.connected).toBe(true);
    expect(await client.join('case', caseId)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  }, 30_000);
});

describe('a live socket whose token expires', () => {
  let database: FreshDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    database = await createFreshDatabase(inject('testDatabase'));
    const config = testConfig({ tokenTtl: '3s' });
    server = await startServer(config, { database, logger: pino({ level: config.logLevel }) });
  });
  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  it('is told the session ended and disconnected at the expiry, and gets nothing after', async () => {
    const answer = (await (
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { devLogin(email: "${COORDINATOR}") { token } }` }),
      })
    ).json()) as GraphQLResponse<{ devLogin: { token: string } }>;
    const token = ok(answer).devLogin.token;
    const [{ exp }] = (await server.dataSource.query(
      `SELECT extract(epoch FROM expires_at)::float8 AS exp FROM auth_session ORDER BY created_at DESC LIMIT 1`,
    )) as { exp: number }[];
    const client = await connectLive(server.url, token);
    try {
      const ended = await endOf(client.socket, 6_000);
      expect(ended).toMatchObject({ reason: 'EXPIRED', disconnect: 'io server disconnect' });
      // At the expiry (whole seconds), not long after.
      expect(ended.at).toBeGreaterThanOrEqual(exp * 1000 - 50);
      expect(ended.at).toBeLessThan(exp * 1000 + 1_500);
      const [{ id }] = (await server.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [COORDINATOR])) as {
        id: string;
      }[];
      server.app.get(LiveEvents).publish({ kind: LiveEventKind.NOTIFICATION_CREATED }, [room.user(id)]);
      await sleep(300);
      expect(client.events).toEqual([]);
      expect(client.socket.connected).toBe(false);
    } finally {
      client.close();
    }
  }, 20_000);
});
