import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server';
import {
  BAKEN_MENTOR,
  CARE_COORDINATOR,
  COACH,
  COORDINATOR,
  DOCTOR,
  OFFICER,
  asUsers,
  failure,
  ok,
} from './support/graphql-helpers';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

type Shielded = { field: string; reason: string }[];
interface Item {
  id: string;
  minutes: { id: string; category: string; body: string | null; shielded: Shielded }[];
  decisions: { id: string; category: string; body: string | null; shielded: Shielded }[];
}
const AGENDA = `query($m: ID!) { meeting(id: $m) { agenda { id minutes { id category body shielded { field reason } } decisions { id category body shielded { field reason } } } } }`;
const MINUTES = `mutation($input: RecordMinutesInput!) { recordMinutes(input: $input) { id version body } }`;
const DECISION = `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id body } }`;

/**
 * Outsider findings (issue 4): minutes and decisions carry a category on topic items too and follow it,
 * and nobody writes or overwrites a category they may not read. Reproduced as the demo users did it.
 */
describe('minutes and decisions follow their category, on topic items too', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const userId = async (email: string) =>
    (await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;
  let meetingId: string;
  let topicId: string;
  let caseItemId: string;
  const item = async (email: string, id: string) =>
    ok(await as(email).query<{ meeting: { agenda: Item[] } }>(AGENDA, { m: meetingId })).meeting.agenda.find(
      (i) => i.id === id,
    )!;
  const count = async (table: 'minutes_section' | 'decision', agendaItemId: string) =>
    (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE agenda_item_id = $1`, [agendaItemId]))[0]
      .n;

  beforeAll(async () => {
    const [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    const participants = [
      await userId(BAKEN_MENTOR),
      await userId(OFFICER),
      await userId(DOCTOR),
      await userId(COACH),
      await userId(CARE_COORDINATOR),
    ];
    meetingId = ok(
      await as(COORDINATOR).query<{ createMeeting: { id: string }[] }>(
        `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
        {
          input: {
            organisationId: baken,
            kind: 'SAT',
            title: 'SAT categorieën',
            startsAt: inDays(1).toISOString(),
            participantIds: participants,
          },
        },
      ),
    ).createMeeting[0].id;
    topicId = ok(
      await as(COORDINATOR).query<{ addAgendaItem: { id: string } }>(
        `mutation($m: ID!) { addAgendaItem(input: { meetingId: $m, topic: "Thuiszitters in beeld" }) { id } }`,
        { m: meetingId },
      ),
    ).addAgendaItem.id;
    // A Baken case the mentor works on, with the municipality and the GGD involved.
    const [{ id: caseId }] = await sql<{ id: string }>(
      `SELECT id FROM case_file WHERE school_id = $1 AND status <> 'CLOSED' ORDER BY created_at LIMIT 1`,
      [baken],
    );
    await sql(
      `INSERT INTO case_involvement (case_id, organisation_id, user_id, added_by) VALUES ($1, $2, $3, $3) ON CONFLICT DO NOTHING`,
      [caseId, baken, await userId(BAKEN_MENTOR)],
    );
    for (const kind of ['MUNICIPALITY', 'YOUTH_HEALTH']) {
      await sql(
        `INSERT INTO case_involvement (case_id, organisation_id, added_by) SELECT $1, id, $3 FROM organisation WHERE kind = $2 ON CONFLICT DO NOTHING`,
        [caseId, kind, await userId(COORDINATOR)],
      );
    }
    caseItemId = ok(
      await as(COORDINATOR).query<{ addAgendaItem: { id: string } }>(
        `mutation($m: ID!, $c: ID!) { addAgendaItem(input: { meetingId: $m, caseId: $c }) { id } }`,
        { m: meetingId, c: caseId },
      ),
    ).addAgendaItem.id;
  });

  it('shields a home-situation section and decision on a topic item from the mentor and leerplicht; the care coordinator reads them', async () => {
    ok(
      await as(CARE_COORDINATOR).query(MINUTES, {
        input: { agendaItemId: topicId, category: 'HOME_SITUATION', body: 'Moeder is opgenomen; vader werkt nachten.' },
      }),
    );
    ok(
      await as(CARE_COORDINATOR).query(DECISION, {
        input: {
          agendaItemId: topicId,
          category: 'HOME_SITUATION',
          body: 'Huisbezoek bij het gezin van de thuiszitter.',
        },
      }),
    );
    for (const email of [BAKEN_MENTOR, OFFICER, DOCTOR, COACH]) {
      const seen = await item(email, topicId);
      const section = seen.minutes.find((s) => s.category === 'HOME_SITUATION')!;
      const decision = seen.decisions.find((d) => d.category === 'HOME_SITUATION')!;
      expect(section, email).toMatchObject({ body: null, shielded: [{ field: 'body', reason: 'NOT_PERMITTED' }] });
      expect(decision, email).toMatchObject({ body: null, shielded: [{ field: 'body', reason: 'NOT_PERMITTED' }] });
    }
    const care = await item(CARE_COORDINATOR, topicId);
    expect(care.minutes.find((s) => s.category === 'HOME_SITUATION')?.body).toBe(
      'Moeder is opgenomen; vader werkt nachten.',
    );
    expect(care.decisions.find((d) => d.category === 'HOME_SITUATION')?.body).toBe(
      'Huisbezoek bij het gezin van de thuiszitter.',
    );
  });

  it("still shows a topic's general minutes to the partners whose row says so", async () => {
    ok(
      await as(OFFICER).query(MINUTES, {
        input: {
          agendaItemId: topicId,
          category: 'UNAUTHORISED_ABSENCE',
          body: 'Drie thuiszitters zonder vrijstelling.',
        },
      }),
    );
    for (const email of [BAKEN_MENTOR, COORDINATOR, OFFICER]) {
      expect((await item(email, topicId)).minutes.find((s) => s.category === 'UNAUTHORISED_ABSENCE')?.body, email).toBe(
        'Drie thuiszitters zonder vrijstelling.',
      );
    }
    // The J&G coach sees nothing of any pupil without consent, and no consent can name a topic.
    expect((await item(COACH, topicId)).minutes.find((s) => s.category === 'UNAUTHORISED_ABSENCE')).toMatchObject({
      body: null,
      shielded: [{ field: 'body', reason: 'NOT_PERMITTED' }],
    });
  });

  it('refuses the mentor a topic section or decision of jeugdarts advice, which she may not read, and writes nothing', async () => {
    const sections = await count('minutes_section', topicId);
    const decisions = await count('decision', topicId);
    const minutes = failure(
      await as(BAKEN_MENTOR).query(MINUTES, {
        input: { agendaItemId: topicId, category: 'DOCTOR_ADVICE', body: 'De jeugdarts zegt: angstklachten.' },
      }),
    );
    expect(minutes).toMatchObject({ code: 'BAD_USER_INPUT', field: 'category' });
    expect(minutes.message).toMatch(/"Advies van de jeugdarts".*niet inzien.*niet notuleren/);
    const decision = failure(
      await as(BAKEN_MENTOR).query(DECISION, {
        input: { agendaItemId: topicId, category: 'HOME_SITUATION', body: 'Gezin staat onder toezicht.' },
      }),
    );
    expect(decision).toMatchObject({ code: 'BAD_USER_INPUT', field: 'category' });
    expect(decision.message).toMatch(/"Thuissituatie".*niet inzien/);
    expect(
      failure(
        await as(OFFICER).query(MINUTES, {
          input: { agendaItemId: topicId, category: 'SICK_LEAVE', body: 'Ziek: migraine.' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'category' });
    expect(await count('minutes_section', topicId)).toBe(sections);
    expect(await count('decision', topicId)).toBe(decisions);
  });

  it("refuses overwriting a section the writer cannot read, on a topic and on a case's item, and keeps its text", async () => {
    const [home] = (await item(CARE_COORDINATOR, topicId)).minutes.filter((s) => s.category === 'HOME_SITUATION');
    const overwrite = failure(
      await as(BAKEN_MENTOR).query(MINUTES, {
        input: {
          agendaItemId: topicId,
          sectionId: home.id,
          expectedVersion: 1,
          category: 'CLASSIFICATION',
          body: 'Weggepoetst.',
        },
      }),
    );
    expect(overwrite).toMatchObject({ code: 'FORBIDDEN', field: 'sectionId' });
    expect(overwrite.message).toMatch(/"Thuissituatie".*niet overschrijven/);

    const written = ok(
      await as(CARE_COORDINATOR).query<{ recordMinutes: { id: string } }>(MINUTES, {
        input: { agendaItemId: caseItemId, category: 'HOME_SITUATION', body: 'Ouders in scheiding.' },
      }),
    ).recordMinutes;
    for (const [email, category] of [
      [BAKEN_MENTOR, 'CLASSIFICATION'],
      [OFFICER, 'UNAUTHORISED_ABSENCE'],
      [DOCTOR, 'SICK_LEAVE'],
    ] as const) {
      const refused = failure(
        await as(email).query(MINUTES, {
          input: {
            agendaItemId: caseItemId,
            sectionId: written.id,
            expectedVersion: 1,
            category,
            body: 'Overschreven.',
          },
        }),
      );
      expect(refused, email).toMatchObject({ code: 'FORBIDDEN', field: 'sectionId' });
    }
    const rows = await sql<{ id: string; body: string; category: string; version: number }>(
      `SELECT id, body, category, version FROM minutes_section WHERE id = ANY($1)`,
      [[home.id, written.id]],
    );
    expect(rows.find((r) => r.id === home.id)).toMatchObject({
      body: 'Moeder is opgenomen; vader werkt nachten.',
      category: 'HOME_SITUATION',
      version: 1,
    });
    expect(rows.find((r) => r.id === written.id)).toMatchObject({
      body: 'Ouders in scheiding.',
      category: 'HOME_SITUATION',
      version: 1,
    });
    // The one who may read it edits it.
    expect(
      ok(
        await as(CARE_COORDINATOR).query<{ recordMinutes: { version: number } }>(MINUTES, {
          input: {
            agendaItemId: caseItemId,
            sectionId: written.id,
            expectedVersion: 1,
            category: 'HOME_SITUATION',
            body: 'Ouders gescheiden.',
          },
        }),
      ).recordMinutes.version,
    ).toBe(2);
  });

  it("lets the jeugdarts minute its advice on the case's item: the GGD reads it, the school only under consent", async () => {
    const written = ok(
      await as(DOCTOR).query<{ recordMinutes: { id: string; body: string } }>(MINUTES, {
        input: { agendaItemId: caseItemId, category: 'DOCTOR_ADVICE', body: 'Halve dagen, rustige plek.' },
      }),
    ).recordMinutes;
    expect(written.body).toBe('Halve dagen, rustige plek.');
    expect((await item(CARE_COORDINATOR, caseItemId)).minutes.find((s) => s.id === written.id)).toMatchObject({
      body: null,
      shielded: [{ field: 'body', reason: 'NO_CONSENT' }],
    });
    expect(
      failure(
        await as(CARE_COORDINATOR).query(MINUTES, {
          input: {
            agendaItemId: caseItemId,
            sectionId: written.id,
            expectedVersion: 1,
            category: 'DOCTOR_ADVICE',
            body: 'x',
          },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', field: 'sectionId' });
    expect(
      failure(
        await as(BAKEN_MENTOR).query(DECISION, {
          input: { agendaItemId: caseItemId, category: 'DOCTOR_ADVICE', body: 'x' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'category' });
  });

  it('refuses a correction, after the meeting closed, of a section the writer cannot read', async () => {
    const [home] = (await item(CARE_COORDINATOR, topicId)).minutes.filter((s) => s.category === 'HOME_SITUATION');
    ok(await as(COORDINATOR).query(`mutation($m: ID!) { closeMeeting(id: $m) { status } }`, { m: meetingId }));
    const sections = await count('minutes_section', topicId);
    expect(
      failure(
        await as(BAKEN_MENTOR).query(MINUTES, {
          input: { agendaItemId: topicId, correctsSectionId: home.id, category: 'CLASSIFICATION', body: 'Klopt niet.' },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', field: 'correctsSectionId' });
    expect(await count('minutes_section', topicId)).toBe(sections);
    ok(
      await as(CARE_COORDINATOR).query(MINUTES, {
        input: {
          agendaItemId: topicId,
          correctsSectionId: home.id,
          category: 'HOME_SITUATION',
          body: 'Correctie: moeder is weer thuis.',
        },
      }),
    );
  });

  it('tells each writer which categories they may write on each item', async () => {
    const writable = async (email: string) =>
      new Map(
        ok(
          await as(email).query<{ meeting: { agenda: { id: string; writableCategories: string[] }[] } }>(
            `query($m: ID!) { meeting(id: $m) { agenda { id writableCategories } } }`,
            { m: meetingId },
          ),
        ).meeting.agenda.map((i) => [i.id, i.writableCategories]),
      );
    const mentor = await writable(BAKEN_MENTOR);
    expect(mentor.get(topicId)).toEqual([
      'IDENTITY',
      'UNAUTHORISED_ABSENCE',
      'ATTENDANCE_SUMMARY',
      'SICK_LEAVE',
      'CLASSIFICATION',
      'WORRY_AND_NOTES',
    ]);
    expect(mentor.get(caseItemId)).toEqual([
      'IDENTITY',
      'UNAUTHORISED_ABSENCE',
      'ATTENDANCE_SUMMARY',
      'SICK_LEAVE',
      'CLASSIFICATION',
      'WORRY_AND_NOTES',
    ]);
    expect((await writable(CARE_COORDINATOR)).get(topicId)).toContain('HOME_SITUATION');
    expect((await writable(OFFICER)).get(topicId)).toEqual([
      'UNAUTHORISED_ABSENCE',
      'ATTENDANCE_SUMMARY',
      'CLASSIFICATION',
    ]);
    expect((await writable(DOCTOR)).get(caseItemId)).toEqual([
      'IDENTITY',
      'UNAUTHORISED_ABSENCE',
      'ATTENDANCE_SUMMARY',
      'SICK_LEAVE',
      'CLASSIFICATION',
      'DOCTOR_ADVICE',
    ]);
    expect((await writable(COACH)).get(topicId)).toEqual([]);
  });
});
