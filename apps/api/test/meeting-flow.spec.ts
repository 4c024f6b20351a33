import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server';
import {
  CARE_COORDINATOR,
  COACH,
  COORDINATOR,
  DOCTOR,
  DUINZICHT_MENTOR,
  OFFICER,
  asUsers,
  failure,
  ok,
} from './support/graphql-helpers';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
const dateIn = (days: number) => inDays(days).toISOString().slice(0, 10);

interface Agenda {
  id: string;
  restricted: boolean;
  topic: string | null;
  case: { id: string } | null;
  minutes: {
    id: string;
    version: number;
    body: string | null;
    author: { name: string };
    correctsSectionId: string | null;
  }[];
  decisions: { body: string | null }[];
  actions: { id: string; title: string | null; status: string; owner: { name: string } }[];
}
const AGENDA = `agenda { id restricted topic case { id } minutes { id version body author { name } correctsSectionId } decisions { body } actions { id title status owner { name } } }`;

/** The whole SAT flow over HTTP as the demo users: plan, build the agenda, minute, decide, act, close, carry over. */
describe('the SAT meeting flow', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const userId = async (email: string) =>
    (await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;
  let baken: string;
  let caseId: string;
  let meetings: { id: string; startsAt: string; seriesId: string; participants: { name: string }[] }[];
  let itemId: string;
  let sectionId: string;
  let actionId: string;

  beforeAll(async () => {
    [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    const [{ id: pupilId }] = await sql<{ id: string }>(
      `SELECT p.id FROM pupil p WHERE p.school_id = $1 AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.pupil_id = p.id) LIMIT 1`,
      [baken],
    );
    caseId = ok(
      await as(COORDINATOR).query<{ createCase: { id: string } }>(
        `mutation($p: ID!) { createCase(input: { pupilId: $p, typology: SICK, category: AT_RISK_HOME }) { id } }`,
        { p: pupilId },
      ),
    ).createCase.id;
    const [{ id: ggd }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE kind = 'YOUTH_HEALTH'`);
    ok(
      await as(COORDINATOR).query(
        `mutation($c: ID!, $o: ID!) { involveOrganisation(caseId: $c, organisationId: $o) { id } }`,
        { c: caseId, o: ggd },
      ),
    );
  });

  it('plans a series of three meetings four weeks apart, with the jeugdarts, leerplicht and the J&G coach', async () => {
    const participants = [await userId(DOCTOR), await userId(OFFICER), await userId(COACH)];
    const created = ok(
      await as(COORDINATOR).query<{
        createMeeting: {
          id: string;
          startsAt: string;
          seriesId: string;
          participants: { name: string }[];
          chair: { name: string };
        }[];
      }>(
        `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id startsAt seriesId participants { name } chair { name } } }`,
        {
          input: {
            organisationId: baken,
            kind: 'SAT',
            title: 'SAT test',
            startsAt: inDays(1).toISOString(),
            participantIds: participants,
            repeatEveryWeeks: 4,
            occurrences: 3,
          },
        },
      ),
    );
    meetings = created.createMeeting;
    expect(meetings).toHaveLength(3);
    expect(new Set(meetings.map((m) => m.seriesId))).toEqual(new Set([meetings[0].id]));
    expect(new Date(meetings[1].startsAt).getTime() - new Date(meetings[0].startsAt).getTime()).toBe(28 * 86_400_000);
    expect(meetings[0].participants.map((p) => p.name).sort()).toEqual([
      'Ahmed el Amrani',
      'Dr. Fatima Yilmaz',
      'Joost Smit',
      'Kevin de Boer',
    ]);
  });

  it.each([
    [{ title: ' ' }, 'title'],
    [{ startsAt: inDays(-3).toISOString() }, 'startsAt'],
    [{ durationMinutes: 1000 }, 'durationMinutes'],
    [{ participantIds: ['00000000-0000-0000-0000-000000000001'] }, 'participantIds'],
    [{ repeatEveryWeeks: 4, occurrences: 40 }, 'occurrences'],
    [{ onlineUrl: 'ftp://x' }, 'onlineUrl'],
  ])('refuses a meeting with %o, naming %s', async (override, field) => {
    const input = {
      organisationId: baken,
      kind: 'SAT',
      title: 'SAT',
      startsAt: inDays(2).toISOString(),
      participantIds: [],
      ...override,
    };
    expect(
      failure(
        await as(COORDINATOR).query(`mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, {
          input,
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('lets only the coordinators of the school plan its meetings', async () => {
    const input = {
      organisationId: baken,
      kind: 'SAT',
      title: 'SAT',
      startsAt: inDays(2).toISOString(),
      participantIds: [],
    };
    expect(
      failure(
        await as(DOCTOR).query(`mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`, {
          input,
        }),
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('suggests the new case for the agenda, and adds it once, with a timeline entry', async () => {
    const suggestions = ok(
      await as(COORDINATOR).query<{ agendaSuggestions: { case: { id: string }; reasons: string[] }[] }>(
        `query($m: ID!) { agendaSuggestions(meetingId: $m) { case { id } reasons } }`,
        { m: meetings[0].id },
      ),
    );
    expect(suggestions.agendaSuggestions.find((s) => s.case.id === caseId)?.reasons).toContain('NEW_CASE');
    const added = ok(
      await as(COORDINATOR).query<{ addAgendaItem: { id: string; case: { id: string } } }>(
        `mutation($m: ID!, $c: ID!) { addAgendaItem(input: { meetingId: $m, caseId: $c }) { id case { id } } }`,
        { m: meetings[0].id, c: caseId },
      ),
    );
    itemId = added.addAgendaItem.id;
    expect(added.addAgendaItem.case.id).toBe(caseId);
    expect(
      failure(
        await as(COORDINATOR).query(
          `mutation($m: ID!, $c: ID!) { addAgendaItem(input: { meetingId: $m, caseId: $c }) { id } }`,
          { m: meetings[0].id, c: caseId },
        ),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'caseId' });
    ok(
      await as(COORDINATOR).query(
        `mutation($m: ID!) { addAgendaItem(input: { meetingId: $m, topic: "Verzuimcijfers" }) { id } }`,
        { m: meetings[0].id },
      ),
    );
    const again = ok(
      await as(COORDINATOR).query<{ agendaSuggestions: { case: { id: string } }[] }>(
        `query($m: ID!) { agendaSuggestions(meetingId: $m) { case { id } } }`,
        { m: meetings[0].id },
      ),
    );
    expect(again.agendaSuggestions.map((s) => s.case.id)).not.toContain(caseId);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM timeline_entry WHERE case_id = $1 AND kind = 'ON_AGENDA'`,
      [caseId],
    );
    expect(n).toBe(1);
  });

  it('shows a participant who may not see the case the item as restricted, with no content', async () => {
    const seen = ok(
      await as(COACH).query<{ meeting: { agenda: Agenda[] } }>(`query($m: ID!) { meeting(id: $m) { ${AGENDA} } }`, {
        m: meetings[0].id,
      }),
    );
    const item = seen.meeting.agenda.find((i) => i.id === itemId)!;
    expect(item).toMatchObject({ restricted: true, case: null, minutes: [], actions: [] });
    expect(seen.meeting.agenda.find((i) => i.topic === 'Verzuimcijfers')?.restricted).toBe(false);
    expect(
      failure(await as(DUINZICHT_MENTOR).query(`query($m: ID!) { meeting(id: $m) { id } }`, { m: meetings[0].id }))
        .code,
    ).toBe('NOT_FOUND');
  });

  it('records minutes and detects a concurrent edit instead of losing it', async () => {
    const section = ok(
      await as(COORDINATOR).query<{ recordMinutes: { id: string; version: number } }>(
        `mutation($i: ID!) { recordMinutes(input: { agendaItemId: $i, category: SICK_LEAVE, body: "Vaak ziek gemeld op maandag." }) { id version } }`,
        { i: itemId },
      ),
    );
    sectionId = section.recordMinutes.id;
    const doctorEdit = ok(
      await as(DOCTOR).query<{ recordMinutes: { version: number; body: string } }>(
        `mutation($i: ID!, $s: ID!) { recordMinutes(input: { agendaItemId: $i, sectionId: $s, expectedVersion: 1, category: SICK_LEAVE, body: "Vaak ziek gemeld op maandag; jeugdarts ziet leerling." }) { version body } }`,
        { i: itemId, s: sectionId },
      ),
    );
    expect(doctorEdit.recordMinutes.version).toBe(2);
    const stale = failure(
      await as(CARE_COORDINATOR).query(
        `mutation($i: ID!, $s: ID!) { recordMinutes(input: { agendaItemId: $i, sectionId: $s, expectedVersion: 1, category: SICK_LEAVE, body: "Overschreven?" }) { version } }`,
        { i: itemId, s: sectionId },
      ),
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const [{ body }] = await sql<{ body: string }>(`SELECT body FROM minutes_section WHERE id = $1`, [sectionId]);
    expect(body).toMatch(/jeugdarts ziet leerling/);
  });

  it('keeps sick-leave minutes from leerplicht, who is not involved, and refuses sections the writer may not read', async () => {
    // Leerplicht is a participant but its organisation is not involved in this case: the item is restricted.
    const seen = ok(
      await as(OFFICER).query<{ meeting: { agenda: Agenda[] } }>(`query($m: ID!) { meeting(id: $m) { ${AGENDA} } }`, {
        m: meetings[0].id,
      }),
    );
    expect(seen.meeting.agenda.find((i) => i.id === itemId)?.restricted).toBe(true);
    expect(
      failure(
        await as(OFFICER).query(
          `mutation($i: ID!) { recordMinutes(input: { agendaItemId: $i, category: CLASSIFICATION, body: "x" }) { id } }`,
          { i: itemId },
        ),
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      failure(
        await as(DOCTOR).query(
          `mutation($i: ID!) { recordMinutes(input: { agendaItemId: $i, category: HOME_SITUATION, body: "x" }) { id } }`,
          { i: itemId },
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'category' });
  });

  it('records a decision and an action for the jeugdarts, which appears among her actions', async () => {
    ok(
      await as(COORDINATOR).query(
        `mutation($i: ID!) { recordDecision(input: { agendaItemId: $i, body: "Aanmelden bij de jeugdarts." }) { id } }`,
        { i: itemId },
      ),
    );
    const doctorId = await userId(DOCTOR);
    const created = ok(
      await as(COORDINATOR).query<{ createAction: { id: string; overdue: boolean } }>(
        `mutation($input: CreateActionInput!) { createAction(input: $input) { id overdue } }`,
        {
          input: {
            caseId,
            agendaItemId: itemId,
            title: 'Leerling uitnodigen voor spreekuur',
            ownerId: doctorId,
            dueDate: dateIn(14),
          },
        },
      ),
    );
    actionId = created.createAction.id;
    const mine = ok(
      await as(DOCTOR).query<{ myActions: { edges: { node: { id: string; title: string } }[] } }>(
        `{ myActions(first: 100) { edges { node { id title } } } }`,
      ),
    );
    expect(mine.myActions.edges.map((e) => e.node.id)).toContain(actionId);
  });

  it.each([
    [{ dueDate: dateIn(-1) }, 'dueDate'],
    [{ dueDate: '2026-02-31' }, 'dueDate'],
    [{ title: '' }, 'title'],
    [{ owner: DUINZICHT_MENTOR }, 'ownerId'],
    [{ owner: OFFICER }, 'ownerId'],
    [{ agendaItemId: '00000000-0000-0000-0000-000000000001' }, 'agendaItemId'],
  ])('refuses an action with %o, naming %s', async (override, field) => {
    const { owner, ...rest } = override as { owner?: string };
    const input = { caseId, title: 'Bellen', ownerId: await userId(owner ?? COORDINATOR), dueDate: dateIn(3), ...rest };
    expect(
      failure(
        await as(COORDINATOR).query(`mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
          input,
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('closes the meeting, locking the minutes; a correction is a new attributed section', async () => {
    ok(await as(COORDINATOR).query(`mutation($m: ID!) { closeMeeting(id: $m) { status } }`, { m: meetings[0].id }));
    const edit = failure(
      await as(DOCTOR).query(
        `mutation($i: ID!, $s: ID!) { recordMinutes(input: { agendaItemId: $i, sectionId: $s, expectedVersion: 2, category: SICK_LEAVE, body: "later" }) { id } }`,
        { i: itemId, s: sectionId },
      ),
    );
    expect(edit.code).toBe('CONFLICT');
    expect(
      failure(
        await as(COORDINATOR).query(
          `mutation($i: ID!) { recordDecision(input: { agendaItemId: $i, body: "te laat" }) { id } }`,
          { i: itemId },
        ),
      ).code,
    ).toBe('CONFLICT');
    const correction = ok(
      await as(DOCTOR).query<{ recordMinutes: { correctsSectionId: string; author: { name: string } } }>(
        `mutation($i: ID!, $s: ID!) { recordMinutes(input: { agendaItemId: $i, correctsSectionId: $s, category: SICK_LEAVE, body: "Correctie: ziek op maandag en dinsdag." }) { correctsSectionId author { name } } }`,
        { i: itemId, s: sectionId },
      ),
    );
    expect(correction.recordMinutes).toEqual({ correctsSectionId: sectionId, author: { name: 'Dr. Fatima Yilmaz' } });
  });

  it("carries the open action over to the case's item at the next meeting, until it is done", async () => {
    const next = ok(
      await as(COORDINATOR).query<{ addAgendaItem: { actions: { id: string; status: string }[] } }>(
        `mutation($m: ID!, $c: ID!) { addAgendaItem(input: { meetingId: $m, caseId: $c }) { actions { id status } } }`,
        { m: meetings[1].id, c: caseId },
      ),
    );
    expect(next.addAgendaItem.actions).toEqual([{ id: actionId, status: 'OPEN' }]);
    expect(
      failure(await as(OFFICER).query(`mutation($a: ID!) { completeAction(id: $a) { id } }`, { a: actionId })).code,
    ).toBe('NOT_FOUND');
    ok(
      await as(DOCTOR).query(`mutation($a: ID!) { completeAction(id: $a, note: "Spreekuur gehad.") { status } }`, {
        a: actionId,
      }),
    );
    expect(
      failure(await as(DOCTOR).query(`mutation($a: ID!) { completeAction(id: $a) { id } }`, { a: actionId })).code,
    ).toBe('CONFLICT');
    const agenda = ok(
      await as(COORDINATOR).query<{ meeting: { agenda: Agenda[] } }>(
        `query($m: ID!) { meeting(id: $m) { ${AGENDA} } }`,
        { m: meetings[1].id },
      ),
    );
    expect(agenda.meeting.agenda.find((i) => i.case?.id === caseId)?.actions).toEqual([]);
  });

  it('tells the whole story on the case timeline, newest first, with who did what', async () => {
    const timeline = ok(
      await as(COORDINATOR).query<{ case: { timeline: { kind: string; actor: { name: string } }[] } }>(
        `query($c: ID!) { case(id: $c) { timeline { kind actor { name } } } }`,
        { c: caseId },
      ),
    ).case.timeline;
    const kinds = timeline.map((e) => e.kind);
    for (const kind of [
      'CASE_CREATED',
      'ORGANISATION_INVOLVED',
      'ON_AGENDA',
      'MINUTES_RECORDED',
      'DECISION',
      'ACTION_CREATED',
      'ACTION_DONE',
    ])
      expect(kinds).toContain(kind);
    expect(kinds.at(-1)).toBe('CASE_CREATED');
    expect(timeline.find((e) => e.kind === 'ACTION_DONE')?.actor.name).toBe('Dr. Fatima Yilmaz');
    const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM timeline_entry WHERE case_id = $1`, [
      caseId,
    ]);
    expect(timeline).toHaveLength(n);
  });

  it('reassigns an action only to someone who can see the case', async () => {
    const created = ok(
      await as(COORDINATOR).query<{ createAction: { id: string } }>(
        `mutation($input: CreateActionInput!) { createAction(input: $input) { id } }`,
        { input: { caseId, title: 'Evalueren', ownerId: await userId(COORDINATOR), dueDate: dateIn(7) } },
      ),
    );
    expect(
      failure(
        await as(COORDINATOR).query(`mutation($a: ID!, $o: ID!) { reassignAction(id: $a, ownerId: $o) { id } }`, {
          a: created.createAction.id,
          o: await userId(OFFICER),
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });
    const moved = ok(
      await as(COORDINATOR).query<{ reassignAction: { owner: { name: string } } }>(
        `mutation($a: ID!, $o: ID!) { reassignAction(id: $a, ownerId: $o) { owner { name } } }`,
        { a: created.createAction.id, o: await userId(CARE_COORDINATOR) },
      ),
    );
    expect(moved.reassignAction.owner.name).toBe('Marieke Jansen');
  });
});
