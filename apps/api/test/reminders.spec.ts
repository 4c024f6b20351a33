import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pino from 'pino';
import { addDays, dutchDate, isoWeekday } from '@aanwezig/domain';
import { startServer, type RunningServer } from '../src/core/bootstrap';
import { MailDispatcher } from '../src/modules/notification/mail-dispatcher';
import { ReminderService } from '../src/modules/reminder/reminder.service';
import { createFreshDatabase, type FreshDatabase } from './support/test-database';
import { testConfig, type GraphQLResponse } from './support/test-server';
import { ADMIN, BAKEN_MENTOR, CARE_COORDINATOR, COORDINATOR, OFFICER, failure, ok } from './support/graphql-helpers';
import { connectLive } from './support/live-client';
import { readOutbox } from './support/outbox';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Two API instances on one PostgreSQL database and one Redis, as in production: reminders,
 * escalations and digests are created from database state and mailed exactly once, however often
 * and wherever the jobs run; live events reach clients on the other instance.
 */
describe('reminders and escalation with two instances', () => {
  const outbox = path.join(os.tmpdir(), `aanwezig-two-instances-${randomUUID()}`);
  let database: FreshDatabase;
  const instances: RunningServer[] = [];
  const tokens = new Map<string, string>();
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await instances[0].dataSource.query(query, params)) as R[];
  const graphql = async <T>(
    instance: RunningServer,
    query: string,
    variables: Record<string, unknown>,
    email?: string,
  ) => {
    if (email && !tokens.has(email)) {
      tokens.set(
        email,
        ok(
          await graphql<{ devLogin: { token: string } }>(
            instance,
            `
              mutation ($e: String!) {
                devLogin(email: $e) {
                  token
                }
              }
            `,
            { e: email },
          ),
        ).devLogin.token,
      );
    }
    const response = await fetch(`${instance.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(email ? { authorization: `Bearer ${tokens.get(email)}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  /** Both instances run the reminders twice at once, then mail concurrently until nothing waits. */
  const runEverywhere = async (today: string) => {
    await Promise.all(
      instances.flatMap((i) => [i.app.get(ReminderService).run(today), i.app.get(ReminderService).run(today)]),
    );
    for (;;) {
      const sent = await Promise.all(instances.map((i) => i.app.get(MailDispatcher).dispatch(3)));
      if (sent.every((n) => n === 0)) break;
    }
  };
  let caseId: string;
  let pupilNames: string[];

  beforeAll(async () => {
    database = await createFreshDatabase(inject('testDatabase'));
    for (let i = 0; i < 2; i++) {
      const config = testConfig({ redisUrl: REDIS_URL, mailOutboxDir: outbox });
      instances.push(await startServer(config, { database, logger: pino({ level: config.logLevel }) }));
    }
    const [row] = await sql<{ id: string; given_name: string; family_name: string }>(
      `SELECT c.id, p.given_name, p.family_name FROM case_file c JOIN pupil p ON p.id = c.pupil_id JOIN organisation o ON o.id = c.school_id
        WHERE o.name = 'Het Baken College' AND c.status = 'OPEN' ORDER BY p.pupil_number LIMIT 1`,
    );
    caseId = row.id;
    pupilNames = [row.given_name, row.family_name];
  });

  afterAll(async () => {
    for (const instance of instances) await instance.close();
    await database.drop();
  });

  it('fans live events out across instances through Redis', async () => {
    const [{ id: meetingId }] = await sql<{ id: string }>(
      `SELECT m.id FROM meeting m JOIN organisation o ON o.id = m.organisation_id WHERE o.name = 'Het Baken College' AND m.status = 'PLANNED' ORDER BY m.starts_at LIMIT 1`,
    );
    await graphql(
      instances[1],
      `
        {
          me {
            id
          }
        }
      `,
      {},
      COORDINATOR,
    );
    const client = await connectLive(instances[1].url, tokens.get(COORDINATOR)!);
    try {
      expect(await client.join('meeting', meetingId)).toMatchObject({ ok: true });
      const item = ok(
        await graphql<{ addAgendaItem: { id: string } }>(
          instances[0],
          `
            mutation ($i: AddAgendaItemInput!) {
              addAgendaItem(input: $i) {
                id
              }
            }
          `,
          { i: { meetingId, topic: 'Via Redis' } },
          COORDINATOR,
        ),
      ).addAgendaItem.id;
      await client.waitFor((e) => e.kind === 'AGENDA_CHANGED' && e.agendaItemId === item);
    } finally {
      client.close();
    }
  });

  it('reminds the owner before and on the due date, then escalates to the coordinator: each notification and mail exactly once', async () => {
    const due = addDays(dutchDate(), 10);
    const [{ id: owner }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [CARE_COORDINATOR]);
    const [{ id: coordinator }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [COORDINATOR]);
    const actionId = ok(
      await graphql<{ createAction: { id: string } }>(
        instances[0],
        `
          mutation ($i: CreateActionInput!) {
            createAction(input: $i) {
              id
            }
          }
        `,
        { i: { caseId, title: 'Gesprek met ouders over angst', ownerId: owner, dueDate: due } },
        COORDINATOR,
      ),
    ).createAction.id;

    const days = [-5, -3, -1, 0, 1, 3, 7, 8].map((d) => addDays(due, d));
    for (const day of days) await runEverywhere(day);

    const sent = await sql<{ id: string; kind: string; recipient_user_id: string; emailed_at: Date | null }>(
      `SELECT id, kind, recipient_user_id, emailed_at FROM notification WHERE action_id = $1 ORDER BY created_at`,
      [actionId],
    );
    expect(sent.map((n) => [n.kind, n.recipient_user_id])).toEqual([
      ['ACTION_DUE_SOON', owner],
      ['ACTION_DUE_TODAY', owner],
      ['ACTION_OVERDUE', owner],
      ['ACTION_ESCALATED', coordinator],
    ]);
    expect(sent.every((n) => n.emailed_at !== null)).toBe(true);

    const digests = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'WEEKLY_DIGEST' AND recipient_user_id = $1`,
      [owner],
    );
    expect(digests[0].n).toBe(days.filter((d) => isoWeekday(d) === 1).length);

    // Every notification mailed in this test went out once, from one of the two instances.
    const mails = await readOutbox(outbox);
    const [{ n: mailed }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM notification WHERE emailed_at > now() - interval '10 minutes' AND created_at > now() - interval '10 minutes'`,
    );
    const perNotification = new Map<string, number>();
    for (const mail of mails)
      perNotification.set(mail.notificationId!, (perNotification.get(mail.notificationId!) ?? 0) + 1);
    expect([...perNotification.values()].every((n) => n === 1)).toBe(true);
    for (const n of sent) expect(perNotification.get(n.id)).toBe(1);
    expect(perNotification.size).toBe(mailed);

    // The mails name no pupil and not what the action is about; they link into the app.
    const ours = mails.filter((m) => sent.some((n) => n.id === m.notificationId));
    expect(ours.map((m) => m.to).sort()).toEqual(
      [COORDINATOR, CARE_COORDINATOR, CARE_COORDINATOR, CARE_COORDINATOR].sort(),
    );
    for (const mail of ours) {
      for (const name of pupilNames) expect(mail.text).not.toContain(name);
      expect(mail.text).not.toContain('angst');
      expect(mail.text).toContain(`http://aanwezig.test/casussen/${caseId}`);
    }
  });

  it("follows the school's own settings, which only its coordinators or the admin change", async () => {
    const [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    const update = (email: string, input: Record<string, unknown>) =>
      graphql<{ updateReminderSettings: Record<string, number> }>(
        instances[1],
        `
          mutation ($o: ID!, $i: ReminderSettingsInput!) {
            updateReminderSettings(organisationId: $o, input: $i) {
              reminderDaysBefore
              escalateAfterDays
              digestWeekday
            }
          }
        `,
        { o: baken, i: input },
        email,
      );
    expect(failure(await update(COORDINATOR, { escalateAfterDays: 0 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'escalateAfterDays',
    });
    expect(failure(await update(BAKEN_MENTOR, { escalateAfterDays: 2 })).code).toBe('FORBIDDEN');
    expect(failure(await update(OFFICER, { escalateAfterDays: 2 })).code).toBe('FORBIDDEN');
    expect(ok(await update(COORDINATOR, { escalateAfterDays: 2 })).updateReminderSettings).toEqual({
      reminderDaysBefore: 3,
      escalateAfterDays: 2,
      digestWeekday: 1,
    });
    expect(ok(await update(ADMIN, { reminderDaysBefore: 0 })).updateReminderSettings).toEqual({
      reminderDaysBefore: 0,
      escalateAfterDays: 2,
      digestWeekday: 1,
    });

    const due = addDays(dutchDate(), 20);
    const [{ id: owner }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [CARE_COORDINATOR]);
    const actionId = ok(
      await graphql<{ createAction: { id: string } }>(
        instances[0],
        `
          mutation ($i: CreateActionInput!) {
            createAction(input: $i) {
              id
            }
          }
        `,
        { i: { caseId, title: 'Tweede actie', ownerId: owner, dueDate: due } },
        COORDINATOR,
      ),
    ).createAction.id;
    for (const day of [-1, 2].map((d) => addDays(due, d))) await runEverywhere(day);
    const kinds = await sql<{ kind: string }>(
      `SELECT kind FROM notification WHERE action_id = $1 ORDER BY created_at, kind`,
      [actionId],
    );
    expect(kinds.map((k) => k.kind)).toEqual(['ACTION_ESCALATED', 'ACTION_OVERDUE']);
  });
});
