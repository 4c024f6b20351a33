import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { translate, type MessageParams } from '@aanwezig/messages';
import { addDays, dutchDate } from '@aanwezig/domain';
import { CARE_COORDINATOR, COORDINATOR } from './support/graphql-helpers';
import { connectLive, type LiveClient } from './support/live-client';
import {
  buildApi,
  devLogin,
  graphqlAt,
  sleep,
  startApiProcess,
  startPrivatePostgres,
  until,
  type ApiProcess,
  type GraphQLAnswer,
  type PrivatePostgres,
} from './support/fault-processes';

/**
 * Operator fault (1): the PostgreSQL server restarts while a meeting is live, with writes in flight.
 * A real cluster of the test's own (never the shared server) and the built API in its own process.
 * Every write either answered with its record, stored whole (action, timeline entry, audit event), or
 * was refused with an error code and stored nothing; a refused write retried with its Idempotency-Key
 * after the restart is applied once; the API process lives on and live events flow again.
 */
describe('PostgreSQL restarted while a meeting room is live', () => {
  let cluster: PrivatePostgres;
  let api: ApiProcess;
  let db: pg.Pool;
  const clients: LiveClient[] = [];
  const sql = async <R>(text: string, params: unknown[] = []) => (await db.query(text, params)).rows as R[];

  beforeAll(async () => {
    buildApi();
    cluster = await startPrivatePostgres();
    const url = await cluster.createDatabase('aanwezig');
    api = await startApiProcess({ DATABASE_URL: url });
    db = new pg.Pool({ connectionString: url, max: 2 });
    db.on('error', () => undefined); // idle assertion connections die with the restart too
  }, 120_000);

  afterAll(async () => {
    clients.forEach((c) => c.close());
    await api?.stop();
    await db?.end();
    await cluster?.destroy();
  });

  it('saves each write whole or refuses it clearly, applies a retried one once, and the room comes back live', async () => {
    const coordinatorToken = await devLogin(api.url, COORDINATOR);
    const careToken = await devLogin(api.url, CARE_COORDINATOR);
    const [{ id: coordinatorId }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [
      COORDINATOR,
    ]);
    const [{ id: caseId }] = await sql<{ id: string }>(
      `SELECT c.id FROM case_file c JOIN organisation o ON o.id = c.school_id WHERE o.name = 'Het Baken College' AND c.status = 'OPEN' ORDER BY c.id LIMIT 1`,
    );
    const [{ id: meetingId }] = await sql<{ id: string }>(
      `SELECT m.id FROM meeting m JOIN organisation o ON o.id = m.organisation_id WHERE o.name = 'Het Baken College' AND m.status = 'PLANNED' ORDER BY m.starts_at LIMIT 1`,
    );

    const coordinator = await connectLive(api.url, coordinatorToken);
    const colleague = await connectLive(api.url, careToken);
    // This one loses its connection while the database is down, so it reconnects into the outage.
    const reconnecting = await connectLive(api.url, careToken);
    clients.push(coordinator, colleague, reconnecting);
    expect(await coordinator.join('meeting', meetingId)).toMatchObject({ ok: true });
    expect(await coordinator.join('case', caseId)).toEqual({ ok: true });
    expect(await colleague.join('meeting', meetingId)).toMatchObject({ ok: true });
    expect(await reconnecting.join('meeting', meetingId)).toMatchObject({ ok: true });

    const dueDate = addDays(dutchDate(), 14);
    const CREATE = `mutation($i: CreateActionInput!) { createAction(input: $i) { id title } }`;
    const create = (n: number) =>
      graphqlAt<{ createAction: { id: string; title: string } }>(
        api.url,
        CREATE,
        { i: { caseId, title: `herstart-${n}`, ownerId: coordinatorId, dueDate } },
        coordinatorToken,
        {
          'idempotency-key': `herstart-key-${n}`,
        },
      );

    // Two writers, one request after another each, before, during and after the restart.
    const [{ now: started }] = await sql<{ now: Date }>(`SELECT now()`);
    const answers = new Map<
      number,
      GraphQLAnswer<{ createAction: { id: string; title: string } }> & { transport?: string }
    >();
    let next = 0;
    let phase: 'before' | 'down' | 'after' | 'stop' = 'before';
    let okAfter = 0;
    const writer = async () => {
      while (phase !== 'stop') {
        const n = next++;
        const answer = await create(n);
        answers.set(n, answer);
        if (phase === 'after' && answer.data?.createAction) okAfter++;
        await sleep(20);
      }
    };
    const writers = [writer(), writer()];
    await until('ten writes before the restart', () => [...answers.values()].filter((a) => a.data).length >= 10);

    phase = 'down';
    const writesBeforeStop = next;
    await cluster.stop('fast');
    // While it is down: health says so, a room join is refused with a code, GraphQL answers with errors.
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(503);
    const joinWhileDown = await coordinator.join('meeting', meetingId);
    expect(joinWhileDown).toMatchObject({ ok: false, code: expect.any(String) });
    reconnecting.socket.io.engine.close();
    await sleep(1500);
    const refusedWhileDown = next - writesBeforeStop;
    await cluster.start();
    phase = 'after';
    await until('ten writes after the restart', () => okAfter >= 10, 30_000);
    phase = 'stop';
    await Promise.all(writers);

    expect(api.alive()).toBe(true);
    expect(refusedWhileDown).toBeGreaterThan(0);
    const refused = [...answers.entries()].filter(([, a]) => !a.data?.createAction);
    expect(refused.length).toBeGreaterThan(0);
    for (const [, answer] of refused) {
      // An HTTP answer with an error code, never a dropped connection or a hang, and never the SQL or driver text.
      expect(answer.transport).toBeUndefined();
      expect(answer.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
      expect(answer.errors?.[0]?.message).not.toMatch(/ECONNREFUSED|terminat|SELECT|INSERT|postgres/i);
    }

    // Retried with the same key once the server is back: applied once (or the first answer again).
    for (const [n] of refused) {
      let retried = await create(n);
      for (let attempt = 0; !retried.data?.createAction && attempt < 20; attempt++) {
        await sleep(250);
        retried = await create(n);
      }
      expect(retried.errors, `retry of herstart-${n}: ${JSON.stringify(retried)}`).toBeUndefined();
      answers.set(n, retried);
    }
    // And a write answered before is not applied again by its key.
    const [firstOk] = [...answers.entries()].find(([, a]) => a.data?.createAction)!;
    expect((await create(firstOk)).data?.createAction.id).toBe(answers.get(firstOk)!.data!.createAction.id);

    // Nothing half-written: each title once as an action, once on the timeline; nothing else.
    const actions = await sql<{ id: string; title: string }>(
      `SELECT id, title FROM case_action WHERE title LIKE 'herstart-%'`,
    );
    const timeline = (
      await sql<{ params: MessageParams }>(
        `SELECT params FROM timeline_entry WHERE kind = 'ACTION_CREATED' AND params->>'title' LIKE 'herstart-%'`,
      )
    ).map((t) => ({ summary: translate('timeline.ACTION_CREATED', t.params) }));
    const titles = [...answers.keys()].map((n) => `herstart-${n}`).sort();
    expect(actions.map((a) => a.title).sort()).toEqual(titles);
    expect(timeline.map((t) => t.summary.replace(/^Actie: (herstart-\d+) .*$/, '$1')).sort()).toEqual(titles);
    for (const [n, answer] of answers)
      expect(actions.find((a) => a.title === `herstart-${n}`)?.id).toBe(answer.data!.createAction.id);
    // One audit event per action created (the log names the fields, never the titles).
    const [{ n: audits }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_event e JOIN audit_event_pupil p ON p.event_id = e.id WHERE p.subject = $1 AND e.at >= $2`,
      [`Case:${caseId}:ACTION_CREATED`, started],
    );
    expect(audits).toBe(titles.length);

    // The live room: the same process, the sockets still (or again) connected, events flowing.
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
    expect(await coordinator.join('meeting', meetingId)).toMatchObject({ ok: true });
    const after = await create(10_000);
    await coordinator.waitFor((e) => e.kind === 'ACTION_CHANGED' && e.actionId === after.data?.createAction.id, 5000);
    // The socket that reconnected during the outage is back too, in its room (re-joined on reconnect).
    await until(
      'the socket cut off during the outage to be connected again',
      () => reconnecting.socket.connected,
      15_000,
    );
    await sleep(300);
    const topic = await graphqlAt<{ addAgendaItem: { id: string } }>(
      api.url,
      `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }`,
      { i: { meetingId, topic: 'Na de herstart' } },
      coordinatorToken,
    );
    await colleague.waitFor(
      (e) => e.kind === 'AGENDA_CHANGED' && e.agendaItemId === topic.data?.addAgendaItem.id,
      5000,
    );
    await reconnecting.waitFor(
      (e) => e.kind === 'AGENDA_CHANGED' && e.agendaItemId === topic.data?.addAgendaItem.id,
      5000,
    );
  }, 90_000);
});

/**
 * Operator fault (2): the API process is killed (kill -9) in the middle of writing: a 40,000-row absence
 * import in its one transaction, and action writes in flight. PostgreSQL rolls back what the dead
 * process left open: none of the import's rows, every action whole or not at all, no session left
 * holding locks; a new instance then runs the same import (same Idempotency-Key) in full.
 */
describe('an API instance killed in the middle of a write', () => {
  let cluster: PrivatePostgres;
  let db: pg.Pool;
  let url: string;
  const processes: ApiProcess[] = [];
  const sql = async <R>(text: string, params: unknown[] = []) => (await db.query(text, params)).rows as R[];
  const ROWS = 40_000;

  beforeAll(async () => {
    buildApi();
    cluster = await startPrivatePostgres();
    url = await cluster.createDatabase('aanwezig');
    processes.push(await startApiProcess({ DATABASE_URL: url }));
    db = new pg.Pool({ connectionString: url, max: 2 });
  }, 120_000);

  afterAll(async () => {
    for (const p of processes) await p.stop();
    await db?.end();
    await cluster?.destroy();
  });

  it('leaves no part of the killed transaction behind, and the same import then runs in full', async () => {
    const [first] = processes;
    const token = await devLogin(first.url, COORDINATOR);
    const [{ id: coordinatorId }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [
      COORDINATOR,
    ]);
    const [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    const [{ id: caseId }] = await sql<{ id: string }>(
      `SELECT id FROM case_file WHERE school_id = $1 AND status = 'OPEN' ORDER BY id LIMIT 1`,
      [baken],
    );
    const pupils = (
      await sql<{ pupil_number: string }>(`SELECT pupil_number FROM pupil WHERE school_id = $1 ORDER BY pupil_number`, [
        baken,
      ])
    ).map((p) => p.pupil_number);
    const lines = ['pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason'];
    for (let day = 0; lines.length <= ROWS; day++) {
      const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      for (const pupil of pupils)
        for (let hour = 1; hour <= 8 && lines.length <= ROWS; hour++)
          lines.push(`${pupil},${date},,,50,${hour},true,SICK`);
    }
    const counts = async () =>
      (
        await sql<{ records: number; days: number }>(
          `SELECT (SELECT count(*)::int FROM absence_record) AS records, (SELECT count(*)::int FROM absence_day) AS days`,
        )
      )[0];
    const before = await counts();
    const IMPORT = `mutation($input: ImportAbsencesInput!) { importAbsences(input: $input) { imported alreadyPresent rejected } }`;
    const importAt = (api: ApiProcess, bearer: string) =>
      graphqlAt<{ importAbsences: { imported: number; alreadyPresent: number; rejected: boolean } }>(
        api.url,
        IMPORT,
        { input: { schoolId: baken, csv: lines.join('\n'), importId: 'kill-9' } },
        bearer,
        {
          'idempotency-key': 'import-kill-9',
        },
      );

    const running = importAt(first, token);
    // Small writes in flight at the same moment, each action with its timeline entry in one transaction.
    const dueDate = addDays(dutchDate(), 14);
    let n = 0;
    let killed = false;
    const answered: string[] = [];
    const writer = async () => {
      while (!killed) {
        const title = `kill-${n++}`;
        const answer = await graphqlAt<{ createAction: { id: string } }>(
          first.url,
          `mutation($i: CreateActionInput!) { createAction(input: $i) { id } }`,
          { i: { caseId, title, ownerId: coordinatorId, dueDate } },
          token,
        );
        if (answer.data?.createAction) answered.push(title);
      }
    };
    const writers = [writer(), writer(), writer()];
    const PROGRESS = `query($id: String!) { absenceImportProgress(importId: $id) { phase processed total } }`;
    await until(
      'the import to be part-way through saving',
      async () => {
        const progress = (
          await graphqlAt<{ absenceImportProgress: { phase: string; processed: number; total: number } | null }>(
            first.url,
            PROGRESS,
            { id: 'kill-9' },
            token,
          )
        ).data?.absenceImportProgress;
        return progress?.phase === 'SAVING' && progress.processed > 0 && progress.processed < progress.total;
      },
      60_000,
      20,
    );
    await first.kill9();
    killed = true;
    expect((await running).transport).toBeDefined(); // the answer never came: the process died mid-way
    await Promise.all(writers);

    // PostgreSQL saw the connections drop and rolled their transactions back: nothing of the import,
    // and no session of the dead process left open or holding a lock.
    await until(
      "the dead process's sessions to be gone",
      async () =>
        (
          await sql<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'aanwezig'`,
          )
        )[0].n === 0,
    );
    expect(await counts()).toEqual(before);
    const actions = await sql<{ title: string }>(`SELECT title FROM case_action WHERE title LIKE 'kill-%'`);
    const timeline = (
      await sql<{ params: MessageParams }>(
        `SELECT params FROM timeline_entry WHERE kind = 'ACTION_CREATED' AND params->>'title' LIKE 'kill-%'`,
      )
    ).map((t) => ({ summary: translate('timeline.ACTION_CREATED', t.params) }));
    expect(timeline.map((t) => t.summary.replace(/^Actie: (kill-\d+) .*$/, '$1')).sort()).toEqual(
      actions.map((a) => a.title).sort(),
    );
    expect(actions.map((a) => a.title)).toEqual(expect.arrayContaining(answered));
    expect(n).toBeGreaterThan(answered.length); // some writes were cut off with the process

    // A new instance on the same database: the retry with the same key is not stuck behind the dead
    // process's claim, and the import runs in full, once.
    const second = await startApiProcess({ DATABASE_URL: url });
    processes.push(second);
    const secondToken = await devLogin(second.url, COORDINATOR);
    const stuck = await importAt(second, secondToken);
    expect(stuck.errors?.[0]?.extensions?.code).toBe('CONFLICT'); // the claim is young: the first may still be running
    // Two minutes on, an unanswered claim can only be a dead process's (a living one answers or drops it).
    await sql(
      `UPDATE idempotent_request SET created_at = created_at - interval '3 minutes' WHERE key = 'import-kill-9'`,
    );
    const retried = await importAt(second, secondToken);
    expect(retried.errors, `${JSON.stringify(retried)}\n${second.output()}`).toBeUndefined();
    expect(retried.data!.importAbsences).toEqual({ imported: ROWS, alreadyPresent: 0, rejected: false });
    expect((await counts()).records).toBe(before.records + ROWS);
    // Sent once more, the key gives the stored answer and changes nothing.
    expect((await importAt(second, secondToken)).data).toEqual(retried.data);
    expect((await counts()).records).toBe(before.records + ROWS);
  }, 120_000);
});
