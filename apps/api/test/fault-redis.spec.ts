import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { CARE_COORDINATOR, COORDINATOR } from './support/graphql-helpers';
import { connectLive, type LiveClient } from './support/live-client';
import {
  buildApi,
  devLogin,
  graphqlAt,
  sleep,
  startApiProcess,
  startPrivatePostgres,
  startPrivateRedis,
  until,
  type ApiProcess,
  type PrivatePostgres,
  type PrivateRedis,
} from './support/fault-processes';

/**
 * Operator fault (3): Redis, which fans live events out across instances, is killed and later comes
 * back. A redis-server and a PostgreSQL cluster of the test's own (never the shared ones), two built API
 * instances in their own processes on one database.
 * While it is gone both instances keep answering GraphQL, /health and room joins; once it is back,
 * an event written on one instance reaches a client on the other again.
 */
describe('Redis gone and back', () => {
  let redis: PrivateRedis;
  let cluster: PrivatePostgres;
  let db: pg.Pool;
  const instances: ApiProcess[] = [];
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    buildApi();
    redis = await startPrivateRedis();
    cluster = await startPrivatePostgres();
    const url = await cluster.createDatabase('aanwezig');
    // One after the other: the first migrates and seeds, the second finds it done.
    for (let i = 0; i < 2; i++) instances.push(await startApiProcess({ DATABASE_URL: url, REDIS_URL: redis.url }));
    db = new pg.Pool({ connectionString: url, max: 2 });
  }, 120_000);

  afterAll(async () => {
    clients.forEach((c) => c.close());
    for (const instance of instances) await instance.kill9();
    await redis?.destroy();
    await db?.end();
    await cluster?.destroy();
  });

  it('keeps answering while Redis is gone, and live events cross instances again when it returns', async () => {
    const [a, b] = instances;
    const token = await devLogin(a.url, COORDINATOR);
    const colleagueToken = await devLogin(b.url, CARE_COORDINATOR);
    const [{ id: meetingId }] = (
      await db.query(
        `SELECT m.id FROM meeting m JOIN organisation o ON o.id = m.organisation_id WHERE o.name = 'Het Baken College' AND m.status = 'PLANNED' ORDER BY m.starts_at LIMIT 1`,
      )
    ).rows as { id: string }[];
    const ADD = `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }`;
    const addTopic = async (topic: string) => {
      const answer = await graphqlAt<{ addAgendaItem: { id: string } }>(a.url, ADD, { i: { meetingId, topic } }, token);
      expect(answer.data?.addAgendaItem, `${JSON.stringify(answer)}\n${a.output()}`).toBeDefined();
      return answer.data!.addAgendaItem.id;
    };
    const onB = await connectLive(b.url, colleagueToken);
    clients.push(onB);
    expect(await onB.join('meeting', meetingId)).toMatchObject({ ok: true });
    const before = await addTopic('Voor de storing');
    await onB.waitFor((e) => e.kind === 'AGENDA_CHANGED' && e.agendaItemId === before, 5000);

    await redis.kill();
    await sleep(300);
    // Gone: both instances answer reads, writes, health and room joins (each event then stays on its own instance).
    for (const instance of instances) {
      expect((await fetch(`${instance.url}/health`, { signal: AbortSignal.timeout(10_000) })).status).toBe(200);
      const me = await graphqlAt<{ me: { id: string } }>(instance.url, `{ me { id } }`, {}, token);
      expect(me.errors, JSON.stringify(me)).toBeUndefined();
    }
    const during = await addTopic('Tijdens de storing');
    const [{ n: stored }] = (await db.query(`SELECT count(*)::int AS n FROM agenda_item WHERE id = $1`, [during]))
      .rows as { n: number }[];
    expect(stored).toBe(1);
    const lateJoiner = await connectLive(b.url, colleagueToken);
    clients.push(lateJoiner);
    expect(await lateJoiner.join('meeting', meetingId)).toMatchObject({ ok: true });

    // Some seconds without Redis, with writes that each want to publish: the processes are still there.
    for (let i = 0; i < 6; i++) {
      await addTopic(`Nog steeds zonder Redis ${i}`);
      await sleep(1000);
    }
    expect(instances.map((i) => i.alive())).toEqual([true, true]);

    await redis.start();
    // Back: the adapters reconnect and resubscribe by themselves; a new change on A reaches B's clients.
    let arrived = false;
    for (let attempt = 0; attempt < 30 && !arrived; attempt++) {
      const id = await addTopic(`Na de storing ${attempt}`);
      arrived = await onB
        .waitFor((e) => e.kind === 'AGENDA_CHANGED' && e.agendaItemId === id, 1000)
        .then(
          () => true,
          () => false,
        );
    }
    expect(arrived).toBe(true);
    const last = await addTopic('Weer live');
    await onB.waitFor((e) => e.kind === 'AGENDA_CHANGED' && e.agendaItemId === last, 5000);
    await lateJoiner.waitFor((e) => e.kind === 'AGENDA_CHANGED' && e.agendaItemId === last, 5000);
    await until(
      'presence across instances again',
      async () => {
        const answer = await onB.join('meeting', meetingId);
        return answer.ok === true;
      },
      10_000,
    );
    expect(
      instances.map((i) => i.alive()),
      instances.map((i) => i.output()).join('\n'),
    ).toEqual([true, true]);
  }, 90_000);
});
