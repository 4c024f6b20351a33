import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, dutchDate } from '@aanwezig/domain';
import { APP_CONFIG } from '../src/core/config/config.module';
import type { AppConfig } from '../src/core/config/config';
import { NeutralNotificationTexts1796200000000 } from '../src/database/migrations/1796200000000-NeutralNotificationTexts';
import { MailDispatcher } from '../src/modules/notification/mail-dispatcher';
import { NOTIFICATION_TEXT } from '../src/modules/notification/notification-text';
import { NotificationKindsOnly1796412000000 } from '../src/database/migrations/1796412000000-NotificationKindsOnly';
import { NotificationEntity } from '../src/modules/notification/notification.entity';
import { toNotificationModel } from '../src/modules/notification/notification.service';
import type { NotificationKind } from '../src/modules/notification/notification.entity';
import { notify, type NewNotification } from '../src/modules/notification/notify';
import { ReminderService } from '../src/modules/reminder/reminder.service';
import { useTestServer } from './support/test-server';
import { BAKEN_MENTOR, CARE_COORDINATOR, COORDINATOR, asUsers, ok } from './support/graphql-helpers';
import { readOutbox, type OutboxMail } from './support/outbox';

interface StoredNotification {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  case_id: string | null;
  action_id: string | null;
  meeting_id: string | null;
}

/**
 * A reader learns nothing through a notification or its mail that the field mask would not show them:
 * both carry references and the kind's neutral sentence, never a decision, an action's title, a
 * meeting's title or the pupil. The content is read on the record, through the mask, when they open it.
 */
describe('notifications and mails carry references and a neutral sentence', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  /**
   * Stored notifications with the text the app and the mail give them: a row holds its kind and
   * references only (no title or body column), and its text is the kind's sentence when it is read.
   */
  const stored = async (query: string, params: unknown[] = []): Promise<StoredNotification[]> =>
    (await sql<Omit<StoredNotification, 'title' | 'body'>>(query, params)).map((n) => {
      const { title, body } = toNotificationModel(n as unknown as NotificationEntity);
      return { ...n, title, body };
    });
  const userId = async (email: string) =>
    (await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;
  const mailEverything = async () => {
    while ((await t.server.app.get(MailDispatcher).dispatch()) > 0);
  };
  const mailsOf = async (ids: readonly string[]): Promise<OutboxMail[]> =>
    (await readOutbox(t.server.app.get<AppConfig>(APP_CONFIG).mailOutboxDir!)).filter((m) =>
      ids.includes(m.notificationId ?? ''),
    );
  /** Neither the stored notification nor its mail holds any of these. */
  const expectNoneOf = (
    secrets: readonly string[],
    notifications: readonly StoredNotification[],
    mails: readonly OutboxMail[],
  ) => {
    for (const secret of secrets) {
      for (const n of notifications) expect(`${n.title}\n${n.body}`, `${n.kind} notification`).not.toContain(secret);
      for (const m of mails)
        expect(`${m.subject}\n${m.text}\n${m.calendar ?? ''}`, `mail of ${m.notificationId}`).not.toContain(secret);
    }
  };
  const expectNeutral = (notifications: readonly StoredNotification[], mails: readonly OutboxMail[]) => {
    for (const n of notifications) expect({ title: n.title, body: n.body }).toEqual(NOTIFICATION_TEXT[n.kind]);
    for (const m of mails) {
      const n = notifications.find((x) => x.id === m.notificationId)!;
      expect(m.subject).toBe(`Aanwezig: ${NOTIFICATION_TEXT[n.kind].title}`);
      expect(m.text).toContain(NOTIFICATION_TEXT[n.kind].body);
    }
  };
  let baken: string;
  let caseId: string;
  let pupil: { given_name: string; family_name: string; pupil_number: string };

  beforeAll(async () => {
    [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    const [row] = await sql<{ id: string; given_name: string; family_name: string; pupil_number: string }>(
      `SELECT c.id, p.given_name, p.family_name, p.pupil_number FROM case_file c JOIN pupil p ON p.id = c.pupil_id
         JOIN case_involvement i ON i.case_id = c.id JOIN app_user u ON u.id = i.user_id
        WHERE u.email = $1 AND c.status = 'OPEN' AND NOT c.worry_flag ORDER BY p.pupil_number LIMIT 1`,
      [BAKEN_MENTOR],
    );
    caseId = row.id;
    pupil = row;
  });

  it("tells whoever raised the signal that the team decided, without the decision's text, the meeting or the pupil, in the app and the mail", async () => {
    ok(
      await as(BAKEN_MENTOR).query(
        `mutation($id: ID!) { setWorryFlag(caseId: $id, flag: true, note: "Stil in de klas") { id } }`,
        { id: caseId },
      ),
    );
    const meetingTitle = 'Overleg Zeester-7305';
    const [meeting] = ok(
      await as(COORDINATOR).query<{ createMeeting: { id: string }[] }>(
        `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }`,
        {
          i: {
            organisationId: baken,
            kind: 'SAT',
            title: meetingTitle,
            startsAt: new Date(Date.now() + 86_400_000).toISOString(),
            participantIds: [await userId(CARE_COORDINATOR)],
          },
        },
      ),
    ).createMeeting;
    const itemId = ok(
      await as(COORDINATOR).query<{ addAgendaItem: { id: string } }>(
        `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }`,
        { i: { meetingId: meeting.id, caseId } },
      ),
    ).addAgendaItem.id;
    // A category the mentor's own view shows: the old text quoted it for them, outside the mask.
    const secret = `Besluit Kwartel-9184: ${pupil.given_name} gaat naar de time-outvoorziening`;
    ok(
      await as(COORDINATOR).query(`mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id } }`, {
        i: { agendaItemId: itemId, category: 'CLASSIFICATION', body: secret },
      }),
    );
    await mailEverything();

    const told = await stored(
      `SELECT n.id, n.kind, n.case_id, n.action_id, n.meeting_id FROM notification n WHERE n.kind = 'TEAM_DECISION' AND n.recipient_user_id = $1 AND n.case_id = $2`,
      [await userId(BAKEN_MENTOR), caseId],
    );
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      case_id: caseId,
      body: 'Er is een besluit genomen over een casus die u signaleerde. Wat u ervan mag zien, leest u in de casus in Aanwezig.',
    });
    const mails = await mailsOf(told.map((n) => n.id));
    expect(mails.map((m) => m.to)).toEqual([BAKEN_MENTOR]);
    expect(mails[0].text).toContain(`http://aanwezig.test/casussen/${caseId}`);
    expectNeutral(told, mails);
    expectNoneOf(
      ['Kwartel-9184', 'time-outvoorziening', meetingTitle, pupil.given_name, pupil.family_name, pupil.pupil_number],
      told,
      mails,
    );

    // Following the reference, the mentor reads the decision on the case, through the mask.
    const timeline = ok(
      await as(BAKEN_MENTOR).query<{ case: { timeline: { kind: string; summary: string | null }[] } }>(
        `query($id: ID!) { case(id: $id) { timeline { kind summary } } }`,
        { id: caseId },
      ),
    ).case.timeline;
    expect(timeline.find((e) => e.kind === 'DECISION')?.summary).toContain('Kwartel-9184');

    // The invitation to that meeting names neither the meeting nor anything on it.
    const invitations = await stored(
      `SELECT id, kind, case_id, action_id, meeting_id FROM notification WHERE meeting_id = $1`,
      [meeting.id],
    );
    expect(invitations.map((n) => n.kind).sort()).toEqual(['MEETING_INVITATION', 'MEETING_INVITATION']);
    const invitationMails = await mailsOf(invitations.map((n) => n.id));
    expect(invitationMails).toHaveLength(2);
    expectNeutral(invitations, invitationMails);
    for (const n of invitations) expect(`${n.title}\n${n.body}`).not.toContain(meetingTitle);
    // The calendar entry itself is the meeting's own (its participants see its title in the app as well).
    expect(invitationMails[0].calendar).toContain(meetingTitle);
  });

  it('reminds and escalates an action without its title or the pupil, in the app and the mail', async () => {
    const title = `Huisbezoek Merel-4417 bij ${pupil.given_name} ${pupil.family_name} (${pupil.pupil_number})`;
    const due = addDays(dutchDate(), 10);
    const actionId = ok(
      await as(COORDINATOR).query<{ createAction: { id: string } }>(
        `mutation($i: CreateActionInput!) { createAction(input: $i) { id } }`,
        { i: { caseId, title, ownerId: await userId(CARE_COORDINATOR), dueDate: due } },
      ),
    ).createAction.id;
    for (const day of [-3, 0, 1, 8].map((d) => addDays(due, d))) await t.server.app.get(ReminderService).run(day);
    await mailEverything();

    const sent = await stored(
      `SELECT id, kind, case_id, action_id, meeting_id FROM notification WHERE action_id = $1 ORDER BY created_at`,
      [actionId],
    );
    expect(sent.map((n) => n.kind)).toEqual([
      'ACTION_DUE_SOON',
      'ACTION_DUE_TODAY',
      'ACTION_OVERDUE',
      'ACTION_ESCALATED',
    ]);
    expect(sent.every((n) => n.case_id === caseId)).toBe(true);
    const mails = await mailsOf(sent.map((n) => n.id));
    expect(mails).toHaveLength(4);
    for (const mail of mails) expect(mail.text).toContain(`http://aanwezig.test/casussen/${caseId}`);
    expectNeutral(sent, mails);
    expectNoneOf(['Merel-4417', 'Huisbezoek', pupil.given_name, pupil.family_name, pupil.pupil_number], sent, mails);
  });

  it('leaves every notification written in this run with its kind’s sentence and nothing else', async () => {
    const all = await stored(`SELECT id, kind, case_id, action_id, meeting_id FROM notification`);
    expect(all.length).toBeGreaterThan(5);
    expectNeutral(all, await mailsOf(all.map((n) => n.id)));
  });

  it('takes a kind and references only: text slipped past the types is not stored', async () => {
    const recipientUserId = await userId(BAKEN_MENTOR);
    const smuggled = {
      recipientUserId,
      kind: 'TEAM_DECISION' as const,
      title: `Over ${pupil.given_name}`,
      body: 'Het besluit: Kwartel-0000',
      caseId,
      dedupeKey: `test:smuggled:${caseId}`,
    };
    // @ts-expect-error a notification has no title or body of its own
    const typed: NewNotification = smuggled;
    expect(await notify(t.server.dataSource.manager, [typed])).toBe(1);
    const columns = await sql<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'notification'`,
    );
    expect(columns.map((c) => c.column_name)).not.toContain('title');
    expect(columns.map((c) => c.column_name)).not.toContain('body');
    const [{ title, body }] = await stored(`SELECT id, kind FROM notification WHERE dedupe_key = $1`, [
      smuggled.dedupeKey,
    ]);
    expect({ title, body }).toEqual(NOTIFICATION_TEXT.TEAM_DECISION);
  });

  it('rewrites notifications stored before, which copied content, to their kind’s sentence', async () => {
    const recipient = await userId(BAKEN_MENTOR);
    // The table as it was when that migration ran (with title and body), put back afterwards.
    const before = t.server.dataSource.createQueryRunner();
    try {
      await new NotificationKindsOnly1796412000000().down(before);
    } finally {
      await before.release();
    }
    const [{ id }] = await sql<{ id: string }>(
      `INSERT INTO notification (recipient_user_id, kind, title, body, case_id) VALUES ($1, 'TEAM_DECISION', 'Het team heeft besloten over uw signaal', $2, $3) RETURNING id`,
      [
        recipient,
        `Het team heeft in SAT besproken wat u signaleerde. Het besluit: "${pupil.given_name} gaat naar Kwartel-1111".`,
        caseId,
      ],
    );
    const [{ id: moved }] = await sql<{ id: string }>(
      `INSERT INTO notification (recipient_user_id, kind, title, body) VALUES ($1, 'MEETING_MOVED', $2, 'Verplaatst van maandag naar dinsdag.') RETURNING id`,
      [recipient, `Verplaatst: Overleg over ${pupil.family_name}`],
    );
    const runner = t.server.dataSource.createQueryRunner();
    try {
      await new NeutralNotificationTexts1796200000000().up(runner);
    } finally {
      await runner.release();
    }
    const rows = await sql<{ id: string; title: string; body: string; case_id: string | null }>(
      `SELECT id, title, body, case_id FROM notification WHERE id = ANY($1)`,
      [[id, moved]],
    );
    const after = t.server.dataSource.createQueryRunner();
    try {
      await new NotificationKindsOnly1796412000000().up(after);
    } finally {
      await after.release();
    }
    expect(rows.find((r) => r.id === id)).toEqual({ id, case_id: caseId, ...NOTIFICATION_TEXT.TEAM_DECISION });
    expect(rows.find((r) => r.id === moved)).toMatchObject(NOTIFICATION_TEXT.MEETING_MOVED);
  });
});
