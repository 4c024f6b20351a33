import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Role, actionReminders, dutchDate, reminderSettings, type ReminderSettings } from '@aanwezig/domain';
import {
  buildApi,
  sleep,
  startApiProcess,
  startPrivatePostgres,
  until,
  type ApiProcess,
  type PrivatePostgres,
} from './support/fault-processes';

/**
 * Operator fault (5): two instances, each running the scheduled round (reminders, then the mail outbox)
 * every second, are both killed (kill -9) and started again, twice, while the round runs. Each
 * reminder exists once, exactly the ones the rules give for today, and every one is mailed; a mail sent
 * by a process killed before it could record so may go twice (at most one per kill and instance).
 */
describe('two instances restarted during the reminder run', () => {
  let cluster: PrivatePostgres;
  let db: pg.Pool;
  let url: string;
  const outbox = mkdtempSync(path.join(os.tmpdir(), 'aanwezig-fault-outbox-'));
  let running: ApiProcess[] = [];
  const sql = async <R>(text: string, params: unknown[] = []) => (await db.query(text, params)).rows as R[];
  const start = () => startApiProcess({ DATABASE_URL: url, SCHEDULER_INTERVAL_SECONDS: '1', MAIL_OUTBOX_DIR: outbox });

  beforeAll(async () => {
    buildApi();
    cluster = await startPrivatePostgres();
    url = await cluster.createDatabase('aanwezig');
    db = new pg.Pool({ connectionString: url, max: 2 });
    // Seeded with the scheduler off, so the first round runs under the faults below.
    const seeding = await startApiProcess({ DATABASE_URL: url });
    await seeding.stop();
  }, 120_000);

  afterAll(async () => {
    for (const p of running) await p.kill9();
    await db?.end();
    await cluster?.destroy();
  });

  it('creates each reminder once and mails every one', async () => {
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM notification`))[0].n).toBe(0);
    let kills = 0;
    for (let round = 0; round < 2; round++) {
      running = await Promise.all([start(), start()]);
      await sleep(1100 + round * 150); // the first round starts a second after the start
      for (const p of running) await p.kill9();
      kills += running.length;
    }
    running = await Promise.all([start(), start()]);
    await until(
      'every notification mailed and nothing new for a while',
      async () => {
        const [{ waiting }] = await sql<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM notification WHERE emailed_at IS NULL`,
        );
        return waiting === 0 && readdirSync(outbox).length > 0;
      },
      60_000,
      500,
    );
    await sleep(2500); // two more rounds on each instance: they must add nothing
    for (const p of running) await p.stop();
    running = [];

    // Exactly the reminders the rules give for today, each once.
    const today = dutchDate();
    const actions = await sql<{
      id: string;
      owner_user_id: string;
      due_date: string;
      school_id: string;
      settings: Partial<ReminderSettings> | null;
    }>(
      `SELECT a.id, a.owner_user_id, a.due_date::text AS due_date, c.school_id, o.reminder_settings AS settings
         FROM case_action a JOIN case_file c ON c.id = a.case_id JOIN organisation o ON o.id = c.school_id WHERE a.status = 'OPEN'`,
    );
    const coordinators = await sql<{ organisation_id: string; user_id: string }>(
      `SELECT m.organisation_id, m.user_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.role = $1 AND u.active`,
      [Role.ATTENDANCE_COORDINATOR],
    );
    const expected = actions.flatMap((a) =>
      actionReminders(a.due_date, today, reminderSettings(a.settings)).flatMap((r) =>
        (r === 'ESCALATED'
          ? coordinators.filter((c) => c.organisation_id === a.school_id).map((c) => c.user_id)
          : [a.owner_user_id]
        ).map((to) => `action:${r}:${a.id}:${a.due_date}:${to}`),
      ),
    );
    expect(expected.length).toBeGreaterThan(5);
    const stored = await sql<{ id: string; dedupe_key: string }>(
      `SELECT id, dedupe_key FROM notification WHERE dedupe_key LIKE 'action:%'`,
    );
    expect(stored.map((n) => n.dedupe_key).sort()).toEqual(expected.sort());

    // Mailed: every notification at least once; a duplicate only where a killed process had sent and not yet recorded it.
    const all = await sql<{ id: string }>(`SELECT id FROM notification`);
    const mails = new Map<string, number>();
    for (const file of readdirSync(outbox)) {
      const id = /^X-Aanwezig-Notification: (\S+)$/m.exec(readFileSync(path.join(outbox, file), 'utf8'))?.[1];
      if (id) mails.set(id, (mails.get(id) ?? 0) + 1);
    }
    expect([...mails.keys()].sort()).toEqual(all.map((n) => n.id).sort());
    const duplicates = [...mails.values()].reduce((sum, n) => sum + n - 1, 0);
    console.info(
      `[fault] ${kills} kills, ${stored.length} reminders, ${all.length} notifications mailed, ${duplicates} mails twice`,
    );
    expect(duplicates).toBeLessThanOrEqual(kills);
  }, 120_000);
});
