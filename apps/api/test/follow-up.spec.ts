import { beforeAll, describe, expect, it } from 'vitest';
import { dutchDate } from '@aanwezig/domain';
import { APP_CONFIG } from '../src/core/config/config.module';
import type { AppConfig } from '../src/core/config/config';
import { MailDispatcher } from '../src/modules/notification/mail-dispatcher';
import { useTestServer } from './support/test-server';
import { BAKEN_MENTOR, CARE_COORDINATOR, COORDINATOR, OFFICER, asUsers, failure, ok } from './support/graphql-helpers';
import { connectLive } from './support/live-client';
import { readOutbox } from './support/outbox';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
/** Today as the app counts it (Amsterdam): just after midnight it differs from the UTC date. */
const today = () => dutchDate();

/** After the meeting: invitations in everyone's calendar, plain-words feedback, safe retries. */
describe('follow-up of meetings', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const userId = async (email: string) =>
    (await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;
  const outbox = () => readOutbox(t.server.app.get<AppConfig>(APP_CONFIG).mailOutboxDir!);
  /** The mails of the notifications of this kind about this meeting. */
  const mailsOf = async (meetingId: string, kind: string) => {
    const ids = (
      await sql<{ id: string }>(`SELECT id FROM notification WHERE meeting_id = $1 AND kind = $2`, [meetingId, kind])
    ).map((n) => n.id);
    return (await outbox()).filter((m) => ids.includes(m.notificationId ?? ''));
  };
  const mailEverything = async () => {
    while ((await t.server.app.get(MailDispatcher).dispatch()) > 0);
  };
  let baken: string;

  beforeAll(async () => {
    [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
  });

  it('mails each participant an iCalendar invitation for the series, and an updated one when a meeting moves', async () => {
    const created = ok(
      await as(COORDINATOR).query<{ createMeeting: { id: string; icalendar: string }[] }>(
        `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id icalendar } }`,
        {
          i: {
            organisationId: baken,
            title: 'SAT reeks',
            startsAt: inDays(3).toISOString(),
            participantIds: [await userId(OFFICER)],
            repeatEveryWeeks: 4,
            occurrences: 3,
            location: 'Lokaal 12',
          },
        },
      ),
    ).createMeeting;
    await mailEverything();
    const invitations = await mailsOf(created[0].id, 'MEETING_INVITATION');
    // A reference and a neutral sentence: the meeting's title and date are in the calendar part and in the app.
    expect(
      invitations.every((m) => m.subject === 'Aanwezig: Uitnodiging voor een overleg' && !m.text.includes('SAT reeks')),
    ).toBe(true);
    const invitation = invitations.find((m) => m.to === OFFICER);
    expect(invitation?.calendar).toBeTruthy();
    const calendar = invitation!.calendar!;
    expect(calendar).toContain('METHOD:REQUEST');
    for (const meeting of created) expect(calendar).toContain(`UID:${meeting.id}@aanwezig`);
    expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(calendar).toContain('SEQUENCE:0');
    expect(calendar.replace(/\r?\n[ \t]/g, '')).toContain(`mailto:${OFFICER}`);
    expect(invitation!.text).toContain(`http://aanwezig.test/overleggen/${created[0].id}`);
    expect(created[0].icalendar).toContain(`UID:${created[2].id}@aanwezig`);
    expect(calendar).toContain('SUMMARY:SAT reeks');
    expect(invitations.map((m) => m.to).sort()).toEqual([COORDINATOR, OFFICER].sort());

    const movedTo = inDays(4);
    movedTo.setUTCHours(13, 30, 0, 0);
    ok(
      await as(COORDINATOR).query(`mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { id } }`, {
        i: { meetingId: created[0].id, startsAt: movedTo.toISOString() },
      }),
    );
    expect(
      failure(
        await as(OFFICER).query(`mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { id } }`, {
          i: { meetingId: created[0].id, startsAt: movedTo.toISOString() },
        }),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      failure(
        await as(COORDINATOR).query(`mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { id } }`, {
          i: { meetingId: created[0].id, startsAt: inDays(-2).toISOString() },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    await mailEverything();
    const update = (await mailsOf(created[0].id, 'MEETING_MOVED')).find((m) => m.to === OFFICER);
    expect(update?.subject).toBe('Aanwezig: Overleg verplaatst');
    const stamp = movedTo.toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
    expect(update?.calendar).toContain(`DTSTART:${stamp}`);
    expect(update?.calendar).toMatch(new RegExp(`UID:${created[0].id}@aanwezig[\\s\\S]*?SEQUENCE:1`));
  });

  it('tells the mentor who raised the worry flag that the team decided, by reference; the case shows the mentor only what the mentor may see', async () => {
    const [{ id: caseId }] = await sql<{ id: string }>(
      `SELECT c.id FROM case_file c JOIN case_involvement i ON i.case_id = c.id JOIN app_user u ON u.id = i.user_id
        WHERE u.email = $1 AND c.status = 'OPEN' AND NOT c.worry_flag LIMIT 1`,
      [BAKEN_MENTOR],
    );
    ok(
      await as(BAKEN_MENTOR).query(
        `mutation($id: ID!) { setWorryFlag(caseId: $id, flag: true, note: "Stil in de klas") { id } }`,
        { id: caseId },
      ),
    );
    const [{ id: meetingId }] = await sql<{ id: string }>(
      `SELECT m.id FROM meeting m WHERE m.organisation_id = $1 AND m.status = 'PLANNED' ORDER BY m.starts_at LIMIT 1`,
      [baken],
    );
    const existing = await sql<{ id: string }>(`SELECT id FROM agenda_item WHERE meeting_id = $1 AND case_id = $2`, [
      meetingId,
      caseId,
    ]);
    const itemId =
      existing[0]?.id ??
      ok(
        await as(COORDINATOR).query<{ addAgendaItem: { id: string } }>(
          `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id } }`,
          { i: { meetingId, caseId } },
        ),
      ).addAgendaItem.id;

    const mentor = await connectLive(t.url, await t.login(BAKEN_MENTOR));
    try {
      const decide = (category: string, body: string) =>
        as(CARE_COORDINATOR).query<{ recordDecision: { id: string } }>(
          `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id } }`,
          { i: { agendaItemId: itemId, category, body } },
        );
      ok(await decide('CLASSIFICATION', 'Zorgcoördinator voert een gesprek met ouders en leerling'));
      await mentor.waitFor((e) => e.kind === 'NOTIFICATION_CREATED');
      ok(await decide('HOME_SITUATION', 'Thuis speelt een medische zorg bij moeder'));

      const inbox = ok(
        await as(BAKEN_MENTOR).query<{
          notifications: { edges: { node: { kind: string; title: string; body: string; caseId: string | null } }[] };
        }>(`{ notifications(first: 20) { edges { node { kind title body caseId } } } }`),
      )
        .notifications.edges.map((e) => e.node)
        .filter((n) => n.kind === 'TEAM_DECISION');
      // One per decision, each the same neutral sentence with the case's id: no decision text, visible or not.
      expect(inbox).toEqual(
        [1, 2].map(() => ({
          kind: 'TEAM_DECISION',
          title: 'Besluit over een casus die u signaleerde',
          body: 'Er is een besluit genomen over een casus die u signaleerde. Wat u ervan mag zien, leest u in de casus in Aanwezig.',
          caseId,
        })),
      );
      // Following the reference, the case shows the decision the mentor may see and shields the other.
      const timeline = ok(
        await as(BAKEN_MENTOR).query<{
          case: { timeline: { category: string; summary: string | null; shielded: { field: string }[] }[] };
        }>(`query($id: ID!) { case(id: $id) { timeline { category summary shielded { field } } } }`, { id: caseId }),
      ).case.timeline;
      expect(
        timeline.some((e) => e.summary?.includes('Zorgcoördinator voert een gesprek met ouders en leerling')),
      ).toBe(true);
      const home = timeline.filter((e) => e.category === 'HOME_SITUATION');
      expect(home.length).toBeGreaterThan(0);
      expect(home.every((e) => e.summary === null && e.shielded.some((s) => s.field === 'summary'))).toBe(true);
      expect(timeline.some((e) => e.summary?.includes('medische'))).toBe(false);
    } finally {
      mentor.close();
    }
  });

  it('applies a retried mutation once: the same Idempotency-Key gets the first answer', async () => {
    const [{ id: caseId }] = await sql<{ id: string }>(
      `SELECT id FROM case_file WHERE school_id = $1 AND status = 'OPEN' ORDER BY created_at LIMIT 1`,
      [baken],
    );
    const token = await t.login(COORDINATOR);
    const send = async (key: string, title: string) => {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
        body: JSON.stringify({
          query: `mutation($i: CreateActionInput!) { createAction(input: $i) { id title } }`,
          variables: { i: { caseId, title, ownerId: await userId(COORDINATOR), dueDate: today() } },
        }),
      });
      return (await response.json()) as {
        data?: { createAction: { id: string } };
        errors?: { extensions: { code: string } }[];
      };
    };
    const count = async (title: string) =>
      (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_action WHERE title = $1`, [title]))[0].n;

    const [first, again] = [
      await send('retry-key-0001', 'Eenmalig bellen'),
      await send('retry-key-0001', 'Eenmalig bellen'),
    ];
    expect(first.data?.createAction.id).toBeTruthy();
    expect(again).toEqual(first);
    expect(await count('Eenmalig bellen')).toBe(1);

    // Sent twice at once: one applies, the other waits its turn and gets the same answer or is told to retry.
    const racing = await Promise.all([
      send('retry-key-0002', 'Tegelijk bellen'),
      send('retry-key-0002', 'Tegelijk bellen'),
    ]);
    expect(await count('Tegelijk bellen')).toBe(1);
    expect(racing.filter((r) => r.data?.createAction).length).toBeGreaterThanOrEqual(1);
    for (const r of racing) if (r.errors) expect(r.errors[0].extensions.code).toBe('CONFLICT');

    expect((await send('retry-key-0001', 'Iets anders')).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await send('kort', 'Eenmalig bellen')).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    // A failed mutation changed nothing, so its key may be used again.
    const bad = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'idempotency-key': 'retry-key-0003',
      },
      body: JSON.stringify({
        query: `mutation { createAction(input: { caseId: "${caseId}", title: " ", ownerId: "${await userId(COORDINATOR)}", dueDate: "${today()}" }) { id } }`,
      }),
    }).then((r) => r.json() as Promise<{ errors: unknown[] }>);
    expect(bad.errors.length).toBe(1);
    expect((await send('retry-key-0003', 'Na een fout')).data?.createAction.id).toBeTruthy();
  });

  it('tells everyone with the case open that what they may see changed when a consent is withdrawn', async () => {
    const [{ id: caseId }] = await sql<{ id: string }>(
      `SELECT c.id FROM case_file c JOIN pupil p ON p.id = c.pupil_id WHERE c.school_id = $1 AND c.status = 'OPEN' AND p.date_of_birth <= CURRENT_DATE - interval '16 years' ORDER BY c.created_at LIMIT 1`,
      [baken],
    );
    const [{ id: municipality }] = await sql<{ id: string }>(
      `SELECT id FROM organisation WHERE name = 'Gemeente Kustland - Leerplicht'`,
    );
    const consent = ok(
      await as(CARE_COORDINATOR).query<{ recordConsent: { id: string } }>(
        `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        {
          input: {
            caseId,
            givenByPupil: true,
            guardianIds: [],
            method: 'PAPER',
            categories: ['SICK_LEAVE'],
            organisationIds: [municipality],
            purpose: 'Afstemming',
            validFrom: today(),
          },
        },
      ),
    ).recordConsent;
    const watcher = await connectLive(t.url, await t.login(COORDINATOR));
    try {
      expect(await watcher.join('case', caseId)).toEqual({ ok: true });
      ok(
        await as(CARE_COORDINATOR).query(`mutation($id: ID!) { withdrawConsent(id: $id) { id } }`, { id: consent.id }),
      );
      expect(await watcher.waitFor((e) => e.kind === 'CASE_VISIBILITY_CHANGED')).toEqual({
        kind: 'CASE_VISIBILITY_CHANGED',
        caseId,
      });
    } finally {
      watcher.close();
    }
  });
});
