import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { MailDispatcher } from '../src/modules/notification/mail-dispatcher';
import { ReminderService } from '../src/modules/reminder/reminder.service';
import { startTestServer, type TestServer } from './support/test-server';
import { freePort } from './support/fault-processes';

interface Received {
  notificationId: string;
  to: string;
}

/** What the SMTP server does with the next recipient. */
type Answer = 'accept' | 'temporary' | 'permanent';

/**
 * A real SMTP server (the smtp-server package) in this process, that refuses or accepts as the test says.
 * A refusal is the server's own answer code in the SMTP conversation, as a mail provider gives it.
 */
async function startSmtp(port: number) {
  const received: Received[] = [];
  let decide: (to: string) => Answer = () => 'accept';
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const answer = decide(address.address);
      if (answer === 'accept') return callback();
      const error = Object.assign(
        new Error(answer === 'temporary' ? 'Mailbox busy, try again later' : 'No such user here'),
        { responseCode: answer === 'temporary' ? 451 : 550 },
      );
      callback(error);
    },
    onData(stream, _session, callback) {
      void simpleParser(stream).then(
        (mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
          received.push({ notificationId: String(mail.headers.get('x-aanwezig-notification')), to });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    received,
    answer(rule: (to: string) => Answer) {
      decide = rule;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Operator fault (4): the SMTP server refuses (a 4xx for a while, a 5xx for one address, or it is not
 * there at all). Mails wait in the outbox (`emailed_at` stays empty) and go when the server accepts,
 * each notification exactly once, counted by its X-Aanwezig-Notification header at the server.
 */
describe('the SMTP server refusing', () => {
  let port: number;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestServer;
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const waiting = async () =>
    (
      await sql<{ id: string }>(
        `SELECT n.id FROM notification n JOIN app_user u ON u.id = n.recipient_user_id WHERE n.emailed_at IS NULL AND u.active ORDER BY n.id`,
      )
    ).map((n) => n.id);
  const dispatch = () => t.server.app.get(MailDispatcher).dispatch(5);

  beforeAll(async () => {
    port = await freePort();
    smtp = await startSmtp(port);
    t = await startTestServer({ smtpUrl: `smtp://127.0.0.1:${port}` });
    await t.server.app.get(ReminderService).run(); // the demo region's open and overdue actions: mail to send
  });

  afterAll(async () => {
    await smtp?.close();
    await t?.close();
  });

  it('keeps every mail waiting while the server refuses or is gone, then sends each exactly once', async () => {
    const backlog = await waiting();
    expect(backlog.length).toBeGreaterThan(10); // more than two batches of five

    smtp.answer(() => 'temporary');
    expect(await dispatch()).toBe(0);
    expect(await waiting()).toEqual(backlog);

    await smtp.close(); // not there at all: connection refused
    expect(await dispatch()).toBe(0);
    expect(await waiting()).toEqual(backlog);
    smtp = await startSmtp(port);

    // It takes three, then refuses again mid-batch: the three are marked sent, the rest waits.
    let accepted = 0;
    smtp.answer(() => (accepted++ < 3 ? 'accept' : 'temporary'));
    expect(await dispatch()).toBe(3);
    expect(smtp.received).toHaveLength(3);
    expect((await waiting()).length).toBe(backlog.length - 3);

    smtp.answer(() => 'accept');
    for (let round = 0; round < 200 && (await dispatch()) > 0; round++);
    expect(await waiting()).toEqual([]);
    expect(await dispatch()).toBe(0); // and nothing goes a second time

    const perNotification = new Map<string, number>();
    for (const mail of smtp.received)
      perNotification.set(mail.notificationId, (perNotification.get(mail.notificationId) ?? 0) + 1);
    expect([...perNotification.keys()].sort()).toEqual([...backlog].sort());
    expect([...perNotification.values()].every((n) => n === 1)).toBe(true);
    expect(smtp.received).toHaveLength(backlog.length);
  });

  it('does not let one address the server refuses for good hold back everyone else’s mail', async () => {
    const users = await sql<{ id: string; email: string }>(
      `SELECT id, email FROM app_user WHERE active ORDER BY email LIMIT 4`,
    );
    // Four new notifications; the first recipient's address is refused permanently (550).
    const ids: string[] = [];
    for (const [i, user] of users.entries()) {
      const [{ id }] = await sql<{ id: string }>(
        `INSERT INTO notification (recipient_user_id, kind, dedupe_key, created_at) VALUES ($1, 'WEEKLY_DIGEST', $2, now() + ($3 || ' seconds')::interval) RETURNING id`,
        [user.id, `smtp-fault-${i}`, String(i)],
      );
      ids.push(id);
    }
    const refusedAddress = users[0].email;
    smtp.answer((to) => (to === refusedAddress ? 'permanent' : 'accept'));
    const before = smtp.received.length;
    for (let round = 0; round < 3; round++) await dispatch();
    const sent = smtp.received.slice(before);
    expect(sent.map((m) => m.notificationId).sort()).toEqual(ids.slice(1).sort());
    expect(await waiting()).toEqual([ids[0]]); // kept: it goes when the address is fixed or the server takes it
    smtp.answer(() => 'accept');
    await dispatch();
    expect(await waiting()).toEqual([]);
    expect(
      smtp.received
        .slice(before)
        .map((m) => m.notificationId)
        .sort(),
    ).toEqual([...ids].sort());
  });
});
