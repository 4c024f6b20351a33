import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pino from 'pino';
import { startServer, type RunningServer } from '../src/core/bootstrap';
import { createFreshDatabase, type FreshDatabase } from './support/test-database';
import { testConfig, useTestServer, type GraphQLResponse } from './support/test-server';
import { COORDINATOR, DOCTOR, OFFICER, asUsers, failure, ok } from './support/graphql-helpers';
import { connectLive, type LiveClient } from './support/live-client';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

/** The live meeting over real socket.io clients: rooms by ability, events carry ids only. */
describe('live meeting rooms', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const clients: LiveClient[] = [];
  const live = async (email: string) => {
    const client = await connectLive(t.url, await t.login(email));
    clients.push(client);
    return client;
  };
  const ids: Record<string, string> = {};
  let meetingId: string;
  let sharedCase: string;
  let schoolOnlyCase: string;
  let sharedItem: string;
  let schoolOnlyItem: string;

  const openCase = async (schoolId: string) => {
    const [{ id: pupilId }] = await sql<{ id: string }>(
      `SELECT p.id FROM pupil p WHERE p.school_id = $1 AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.pupil_id = p.id) ORDER BY p.pupil_number LIMIT 1`,
      [schoolId],
    );
    return ok(
      await as(COORDINATOR).query<{ createCase: { id: string } }>(
        `mutation($p: ID!) { createCase(input: { pupilId: $p, typology: TRUANCY }) { id } }`,
        { p: pupilId },
      ),
    ).createCase.id;
  };
  const addItem = async (input: Record<string, unknown>) =>
    ok(
      await as(COORDINATOR).query<{ addAgendaItem: { id: string } }>(
        `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }`,
        { i: { meetingId, ...input } },
      ),
    ).addAgendaItem.id;
  const minutes = (email: string, agendaItemId: string, body: string) =>
    as(email).query(`mutation($i: RecordMinutesInput!) { recordMinutes(input: $i) { id } }`, {
      i: { agendaItemId, category: 'CLASSIFICATION', body },
    });

  beforeAll(async () => {
    for (const email of [COORDINATOR, OFFICER, DOCTOR])
      [{ id: ids[email] }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]);
    const [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    const [{ id: leerplicht }] = await sql<{ id: string }>(
      `SELECT id FROM organisation WHERE name = 'Gemeente Kustland - Leerplicht'`,
    );
    sharedCase = await openCase(baken);
    ok(
      await as(COORDINATOR).query(
        `mutation($c: ID!, $o: ID!) { involveOrganisation(caseId: $c, organisationId: $o) { id } }`,
        { c: sharedCase, o: leerplicht },
      ),
    );
    schoolOnlyCase = await openCase(baken);
    meetingId = ok(
      await as(COORDINATOR).query<{ createMeeting: { id: string }[] }>(
        `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }`,
        {
          i: {
            organisationId: baken,
            title: 'SAT live',
            startsAt: inDays(1).toISOString(),
            participantIds: [ids[OFFICER], ids[DOCTOR]],
          },
        },
      ),
    ).createMeeting[0].id;
    sharedItem = await addItem({ caseId: sharedCase });
    schoolOnlyItem = await addItem({ caseId: schoolOnlyCase });
  });

  afterAll(() => clients.forEach((c) => c.close()));

  it('refuses a socket without a valid token', async () => {
    await expect(connectLive(t.url, 'not-a-token')).rejects.toThrow('UNAUTHENTICATED');
  });

  it('shows who is present, and both participants see agenda and minutes changes within a second', async () => {
    const coordinator = await live(COORDINATOR);
    const officer = await live(OFFICER);
    expect(await coordinator.join('meeting', meetingId)).toMatchObject({ ok: true });
    const joined = await officer.join('meeting', meetingId);
    expect(joined).toEqual({ ok: true, present: [ids[COORDINATOR], ids[OFFICER]].sort() });
    await coordinator.waitFor((e) => e.kind === 'PRESENCE_CHANGED' && (e.userIds ?? []).includes(ids[OFFICER]));

    let started = Date.now();
    const topicItem = await addItem({ topic: 'Verzuimbeleid' });
    expect(await officer.waitFor((e) => e.kind === 'AGENDA_CHANGED' && e.agendaItemId === topicItem)).toEqual({
      kind: 'AGENDA_CHANGED',
      meetingId,
      agendaItemId: topicItem,
    });
    expect(Date.now() - started).toBeLessThan(1000);

    started = Date.now();
    ok(await minutes(OFFICER, topicItem, 'Afspraak: beleid herzien'));
    await coordinator.waitFor((e) => e.kind === 'MINUTES_CHANGED' && e.agendaItemId === topicItem);
    expect(Date.now() - started).toBeLessThan(1000);

    // Minutes about a pupil travel in the case's room, to those who may read the case.
    expect(await coordinator.join('case', sharedCase)).toEqual({ ok: true });
    expect(await officer.join('case', sharedCase)).toEqual({ ok: true });
    ok(await minutes(COORDINATOR, sharedItem, 'Leerling is drie keer gesproken'));
    expect(await officer.waitFor((e) => e.kind === 'MINUTES_CHANGED' && e.caseId === sharedCase)).toEqual({
      kind: 'MINUTES_CHANGED',
      meetingId,
      agendaItemId: sharedItem,
      caseId: sharedCase,
    });

    ok(
      await as(COORDINATOR).query(
        `mutation($m: ID!, $a: ID!) { moveChair(meetingId: $m, agendaItemId: $a) { currentAgendaItemId } }`,
        { m: meetingId, a: sharedItem },
      ),
    );
    await officer.waitFor((e) => e.kind === 'CHAIR_MOVED' && e.agendaItemId === sharedItem);
    expect(
      failure(
        await as(OFFICER).query(`mutation($m: ID!, $a: ID!) { moveChair(meetingId: $m, agendaItemId: $a) { id } }`, {
          m: meetingId,
          a: sharedItem,
        }),
      ).code,
    ).toBe('FORBIDDEN');

    ok(
      await as(COORDINATOR).query(`mutation($i: CreateActionInput!) { createAction(input: $i) { id } }`, {
        i: {
          caseId: sharedCase,
          title: 'Huisbezoek',
          ownerId: ids[OFFICER],
          dueDate: inDays(7).toISOString().slice(0, 10),
        },
      }),
    );
    await officer.waitFor((e) => e.kind === 'ACTION_CHANGED' && e.caseId === sharedCase);
  });

  it('keeps a participant without access to a case out of its room, and tells them nothing about it', async () => {
    const doctor = await live(DOCTOR);
    const witness = await live(COORDINATOR);
    expect(await doctor.join('meeting', meetingId)).toMatchObject({ ok: true });
    expect(await doctor.join('case', schoolOnlyCase)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await witness.join('case', schoolOnlyCase)).toEqual({ ok: true });

    ok(await minutes(COORDINATOR, schoolOnlyItem, 'Alleen voor de school'));
    ok(
      await as(COORDINATOR).query(`mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id } }`, {
        i: { agendaItemId: schoolOnlyItem, category: 'CLASSIFICATION', body: 'Gesprek met ouders' },
      }),
    );
    await witness.waitFor((e) => e.kind === 'DECISION_RECORDED' && e.caseId === schoolOnlyCase);
    // Same server, same order: anything meant for the doctor would have arrived by now; give it a moment more.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(doctor.events.filter((e) => e.caseId === schoolOnlyCase || e.agendaItemId === schoolOnlyItem)).toEqual([]);
    expect(
      doctor.events.every((e) =>
        Object.keys(e).every((k) => ['kind', 'meetingId', 'caseId', 'agendaItemId', 'actionId', 'userIds'].includes(k)),
      ),
    ).toBe(true);
  });

  it('pushes new notifications to their recipient, and tells the room the meeting moved', async () => {
    const officer = await live(OFFICER);
    expect(await officer.join('meeting', meetingId)).toMatchObject({ ok: true });
    ok(
      await as(COORDINATOR).query(`mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { id } }`, {
        i: { meetingId, startsAt: inDays(2).toISOString() },
      }),
    );
    await officer.waitFor((e) => e.kind === 'NOTIFICATION_CREATED');
    await officer.waitFor((e) => e.kind === 'MEETING_CHANGED' && e.meetingId === meetingId);
  });
});

describe('reconnecting after a server restart', () => {
  let database: FreshDatabase;
  let server: RunningServer | undefined;
  const start = async (port = 0) => {
    const config = testConfig({ port });
    server = await startServer(config, { database, logger: pino({ level: config.logLevel }) });
    return server;
  };
  const graphql = async <T>(query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${server!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };

  beforeAll(async () => {
    database = await createFreshDatabase(inject('testDatabase'));
  });
  afterAll(async () => {
    await server?.close();
    await database.drop();
  });

  it('re-joins its rooms and, refetching, sees what changed while it was away', async () => {
    await start();
    const port = Number(new URL(server!.url).port);
    const token = ok(
      await graphql<{ devLogin: { token: string } }>(
        `
          mutation ($e: String!) {
            devLogin(email: $e) {
              token
            }
          }
        `,
        { e: COORDINATOR },
      ),
    ).devLogin.token;
    const [{ id: meetingId }] = (await server!.dataSource.query(
      `SELECT m.id FROM meeting m JOIN organisation o ON o.id = m.organisation_id WHERE o.name = 'Het Baken College' AND m.status = 'PLANNED' ORDER BY m.starts_at LIMIT 1`,
    )) as { id: string }[];
    const client = await connectLive(server!.url, token);
    try {
      expect(await client.join('meeting', meetingId)).toMatchObject({ ok: true });
      const reconnected = new Promise<void>((resolve) => client.socket.io.once('reconnect', () => resolve()));

      await server!.close();
      await start(port);
      // Changed while the client was away:
      const addTopic = (topic: string) =>
        graphql<{ addAgendaItem: { id: string } }>(
          `
            mutation ($i: AddAgendaItemInput!) {
              addAgendaItem(input: $i) {
                id
              }
            }
          `,
          { i: { meetingId, topic } },
          token,
        );
      const missed = ok(await addTopic('Tijdens de herstart')).addAgendaItem.id;
      await reconnected;
      const agenda = ok(
        await graphql<{ meeting: { agenda: { id: string }[] } }>(
          `
            query ($id: ID!) {
              meeting(id: $id) {
                agenda {
                  id
                }
              }
            }
          `,
          { id: meetingId },
          token,
        ),
      ).meeting.agenda;
      expect(agenda.map((i) => i.id)).toContain(missed);

      // And it is back in its room: the next change arrives live.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const next = ok(await addTopic('Na de herstart')).addAgendaItem.id;
      await client.waitFor((e) => e.kind === 'AGENDA_CHANGED' && e.agendaItemId === next);
    } finally {
      client.close();
    }
  });
});
