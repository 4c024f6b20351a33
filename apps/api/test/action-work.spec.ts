import { beforeAll, describe, expect, it } from 'vitest';
import { dutchDate } from '@aanwezig/domain';
import { useTestServer } from './support/test-server';
import {
  BAKEN_MENTOR,
  CARE_COORDINATOR,
  COORDINATOR,
  DUINZICHT_MENTOR,
  OFFICER,
  PRIVACY,
  asUsers,
  failure,
  ok,
} from './support/graphql-helpers';

/** Another school's coordinator: changes the actions of Duinzicht's cases, not Het Baken's. */
const DUINZICHT_COORDINATOR = 'verzuim@duinzicht.demo.test';

const today = dutchDate();
const dateIn = (days: number) => dutchDate(new Date(Date.now() + days * 86_400_000));

interface ActionRead {
  id: string;
  caseId: string;
  dueDate: string;
  status: string;
  overdue: boolean;
  mayChange: boolean;
  owner: { id: string; name: string } | null;
  ownerCandidates: { id: string; name: string; role: string; organisationName: string }[];
  completionNote: string | null;
}
const FIELDS = `id caseId dueDate status overdue mayChange owner { id name } ownerCandidates { id name role organisationName } completionNote`;
const RESCHEDULE = `mutation($id: ID!, $d: String!) { rescheduleAction(id: $id, dueDate: $d) { ${FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $n: String) { completeAction(id: $id, note: $n) { ${FIELDS} } }`;
const REASSIGN = `mutation($id: ID!, $o: ID!) { reassignAction(id: $id, ownerId: $o) { ${FIELDS} } }`;

/**
 * Finishing actions through the API: the owner and the case's coordinators mark one done, hand it to
 * someone the API offers (who may open the case and read it), or give it a new deadline; everyone else is
 * refused, a stranger as if the action did not exist, and a refusal changes nothing.
 */
describe('action work', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const userId = async (email: string) =>
    (await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;
  const counts = async (email: string) =>
    ok(
      await as(email).query<{ myActionCounts: { open: number; overdue: number } }>(
        `{ myActionCounts { open overdue } }`,
      ),
    ).myActionCounts;
  const myOverdue = async (email: string) =>
    ok(
      await as(email).query<{ myActions: { totalCount: number; edges: { node: ActionRead }[] } }>(
        `{ myActions(overdue: true, first: 100) { totalCount edges { node { ${FIELDS} } } } }`,
      ),
    ).myActions;
  const caseActions = async (email: string, caseId: string) =>
    ok(
      await as(email).query<{ case: { actions: ActionRead[] } }>(
        `query($c: ID!) { case(id: $c) { actions { ${FIELDS} } } }`,
        { c: caseId },
      ),
    ).case.actions;
  const row = async (id: string) =>
    (
      await sql<{ due: string; status: string; owner: string; note: string | null }>(
        `SELECT due_date::text AS due, status, owner_user_id AS owner, completion_note AS note FROM case_action WHERE id = $1`,
        [id],
      )
    )[0];
  const timelineCount = async (caseId: string) =>
    Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM timeline_entry WHERE case_id = $1`, [caseId]))[0].n);

  let officer: string;
  /** Three overdue actions of the leerplichtambtenaar in Het Baken's cases (the demo has plenty). */
  let overdue: { id: string; caseId: string }[];

  beforeAll(async () => {
    officer = await userId(OFFICER);
    overdue = await sql<{ id: string; caseId: string }>(
      `SELECT a.id, a.case_id AS "caseId" FROM case_action a JOIN case_file c ON c.id = a.case_id
         JOIN organisation o ON o.id = c.school_id
        WHERE a.owner_user_id = $1 AND a.status = 'OPEN' AND a.due_date < $2 AND o.name = 'Het Baken College'
          AND a.category = 'CLASSIFICATION'
        ORDER BY a.due_date, a.id LIMIT 3`,
      [officer, today],
    );
    expect(overdue).toHaveLength(3);
  });

  it('counts my open and overdue actions, and lists the overdue ones', async () => {
    const mine = await counts(OFFICER);
    expect(mine.overdue).toBeGreaterThanOrEqual(3);
    expect(mine.open).toBeGreaterThanOrEqual(mine.overdue);
    const listed = await myOverdue(OFFICER);
    expect(listed.totalCount).toBe(mine.overdue);
    expect(listed.edges.every((e) => e.node.overdue && e.node.status === 'OPEN')).toBe(true);
    expect(listed.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(overdue.map((a) => a.id)));
  });

  it('offers the controls to the owner and the case’s coordinators only, and candidates who may own it', async () => {
    const [{ id, caseId }] = overdue;
    const asOwner = (await caseActions(OFFICER, caseId)).find((a) => a.id === id)!;
    expect(asOwner.mayChange).toBe(true);
    const asCare = (await caseActions(CARE_COORDINATOR, caseId)).find((a) => a.id === id)!;
    expect(asCare.mayChange).toBe(true);
    // The candidates: the school's coordinators and the involved partners, never the owner, nobody of another school.
    const names = asCare.ownerCandidates.map((c) => c.name);
    const reaching = await sql<{ name: string }>(
      `SELECT o.name FROM organisation o WHERE o.id = (SELECT school_id FROM case_file WHERE id = $1)
          OR o.id IN (SELECT organisation_id FROM case_involvement WHERE case_id = $1)`,
      [caseId],
    );
    for (const c of asCare.ownerCandidates) expect(reaching.map((o) => o.name)).toContain(c.organisationName);
    expect(asCare.ownerCandidates.map((c) => c.id)).not.toContain(officer);
    expect(asCare.ownerCandidates.map((c) => c.organisationName)).not.toContain('Duinzicht Lyceum');
    expect(names).toEqual(expect.arrayContaining(['Ahmed el Amrani', 'Marieke Jansen', 'Pieter Bakker']));
    expect(asCare.ownerCandidates.length).toBeLessThan(10);
    // Every one offered is accepted as owner: the same rule decides both (checked by handing it on below).
    const people = await sql<{ n: string }>(`SELECT count(*) AS n FROM app_user`);
    expect(Number(people[0].n)).toBeGreaterThan(asCare.ownerCandidates.length + 1);

    // A mentor who follows the case reads the action but may change nothing, and is offered no one.
    const mentorCase = await sql<{ id: string; caseId: string }>(
      `SELECT a.id, a.case_id AS "caseId" FROM case_action a
         JOIN case_involvement ci ON ci.case_id = a.case_id JOIN app_user u ON u.id = ci.user_id
        WHERE u.email = $1 AND a.status = 'OPEN' AND a.owner_user_id <> u.id LIMIT 1`,
      [BAKEN_MENTOR],
    );
    expect(mentorCase).toHaveLength(1);
    const asMentor = (await caseActions(BAKEN_MENTOR, mentorCase[0].caseId)).find((a) => a.id === mentorCase[0].id)!;
    expect(asMentor).toMatchObject({ mayChange: false, ownerCandidates: [] });
    // A done action offers nothing to anyone.
    const done = (await caseActions(CARE_COORDINATOR, caseId)).filter((a) => a.status === 'DONE');
    for (const a of done) expect(a).toMatchObject({ mayChange: false, ownerCandidates: [] });
  });

  it('gives a new deadline: refuses a bad date, a past one and the same one, changing nothing', async () => {
    const [{ id, caseId }] = overdue;
    const before = await row(id);
    const entries = await timelineCount(caseId);
    for (const [d, reason] of [
      ['12-01-2027', 'input.date'],
      ['2027-02-30', 'input.date'],
      ['', 'input.date'],
      [dateIn(-1), 'action.dueInPast'],
      [before.due, 'action.dueInPast'],
    ] as const) {
      const refused = await as(OFFICER).query(RESCHEDULE, { id, d });
      expect(failure(refused), d).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
      expect(refused.errors![0].extensions?.reason, d).toBe(reason);
    }
    expect(await row(id)).toEqual(before);
    expect(await timelineCount(caseId)).toBe(entries);
  });

  it('refuses a new deadline from a mentor, another school, the privacy officer: as if the action did not exist', async () => {
    const [{ id }] = overdue;
    const before = await row(id);
    for (const email of [DUINZICHT_COORDINATOR, DUINZICHT_MENTOR, PRIVACY]) {
      expect(failure(await as(email).query(RESCHEDULE, { id, d: dateIn(14) })).code, email).toBe('NOT_FOUND');
    }
    // One who reads the case but neither owns the action nor runs the school's follow-up: forbidden.
    const reader = await sql<{ id: string }>(
      `SELECT a.id FROM case_action a JOIN case_involvement ci ON ci.case_id = a.case_id
         JOIN app_user u ON u.id = ci.user_id
        WHERE u.email = $1 AND a.status = 'OPEN' AND a.owner_user_id <> u.id LIMIT 1`,
      [BAKEN_MENTOR],
    );
    expect(reader).toHaveLength(1);
    const refused = await as(BAKEN_MENTOR).query(RESCHEDULE, { id: reader[0].id, d: dateIn(14) });
    expect(failure(refused).code).toBe('FORBIDDEN');
    expect(refused.errors![0].extensions?.reason).toBe('action.onlyOwnerReschedules');
    expect(failure(await as(OFFICER).query(RESCHEDULE, { id: 'not-an-id', d: dateIn(14) })).code).toBe('NOT_FOUND');
    expect(await row(id)).toEqual(before);
  });

  it('the owner gives an overdue action a new deadline: no longer overdue, on the timeline and in the audit log', async () => {
    const [{ id, caseId }] = overdue;
    const previous = (await row(id)).due;
    const before = await counts(OFFICER);
    const changed = ok(await as(OFFICER).query<{ rescheduleAction: ActionRead }>(RESCHEDULE, { id, d: dateIn(14) }));
    expect(changed.rescheduleAction).toMatchObject({ dueDate: dateIn(14), overdue: false, mayChange: true });
    expect(await counts(OFFICER)).toEqual({ open: before.open, overdue: before.overdue - 1 });
    expect((await myOverdue(OFFICER)).edges.map((e) => e.node.id)).not.toContain(id);
    const [entry] = await sql<{ kind: string; params: Record<string, string> }>(
      `SELECT kind, params FROM timeline_entry WHERE case_id = $1 ORDER BY at DESC LIMIT 1`,
      [caseId],
    );
    expect(entry.kind).toBe('ACTION_RESCHEDULED');
    expect(entry.params).toMatchObject({ dueDate: dateIn(14), previousDueDate: previous });
    const audited = await sql<{ fields: string[] }>(
      `SELECT e.fields FROM audit_event e JOIN audit_event_pupil p ON p.event_id = e.id
        WHERE p.subject = $1 ORDER BY e.at DESC LIMIT 1`,
      [`Case:${caseId}:ACTION_RESCHEDULED`],
    );
    expect(audited[0]?.fields).toEqual(['dueDate']);
    // The same date again says so.
    const again = await as(OFFICER).query(RESCHEDULE, { id, d: dateIn(14) });
    expect(failure(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueDate' });
    expect(again.errors![0].extensions?.reason).toBe('action.dueDateUnchanged');
    // The school's care coordinator may move it too (today is allowed).
    ok(await as(CARE_COORDINATOR).query(RESCHEDULE, { id, d: today }));
    expect((await row(id)).due).toBe(today);
  });

  it('the owner marks an overdue action done: it leaves the overdue list and count, and can change no more', async () => {
    const [, { id, caseId }] = overdue;
    const before = await counts(OFFICER);
    const done = ok(
      await as(OFFICER).query<{ completeAction: ActionRead }>(COMPLETE, { id, n: 'Huisbezoek afgelegd.' }),
    ).completeAction;
    expect(done).toMatchObject({ status: 'DONE', overdue: false, mayChange: false, ownerCandidates: [] });
    expect(done.completionNote).toBe('Huisbezoek afgelegd.');
    expect(await counts(OFFICER)).toEqual({ open: before.open - 1, overdue: before.overdue - 1 });
    expect((await myOverdue(OFFICER)).edges.map((e) => e.node.id)).not.toContain(id);
    // Shown as done on the case.
    expect((await caseActions(CARE_COORDINATOR, caseId)).find((a) => a.id === id)).toMatchObject({
      status: 'DONE',
      completionNote: 'Huisbezoek afgelegd.',
    });
    // Done is done: no new deadline, no handing on.
    const late = await as(OFFICER).query(RESCHEDULE, { id, d: dateIn(3) });
    expect(failure(late).code).toBe('CONFLICT');
    expect(late.errors![0].extensions?.reason).toBe('action.doneNotRescheduled');
    expect(failure(await as(OFFICER).query(REASSIGN, { id, o: await userId(COORDINATOR) })).code).toBe('CONFLICT');
    expect((await row(id)).due < today).toBe(true);
  });

  it('hands an action to someone the API offers, and refuses the owner itself and someone who cannot see the case', async () => {
    const [, , { id, caseId }] = overdue;
    const action = (await caseActions(OFFICER, caseId)).find((a) => a.id === id)!;
    const same = await as(OFFICER).query(REASSIGN, { id, o: officer });
    expect(failure(same)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });
    expect(same.errors![0].extensions?.reason).toBe('action.ownerUnchanged');
    const stranger = await as(OFFICER).query(REASSIGN, { id, o: await userId(DUINZICHT_COORDINATOR) });
    expect(failure(stranger)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });
    expect(stranger.errors![0].extensions?.reason).toBe('action.ownerCannotSeeCase');
    expect((await row(id)).owner).toBe(officer);
    // Every candidate offered would be accepted; hand it to the first.
    const to = action.ownerCandidates.find((c) => c.name === 'Pieter Bakker') ?? action.ownerCandidates[0];
    const moved = ok(
      await as(OFFICER).query<{ reassignAction: ActionRead }>(REASSIGN, { id, o: to.id }),
    ).reassignAction;
    expect(moved.owner).toEqual({ id: to.id, name: to.name });
    // No longer the officer's: gone from their list, and they may change it no more.
    expect((await myOverdue(OFFICER)).edges.map((e) => e.node.id)).not.toContain(id);
    expect((await caseActions(OFFICER, caseId)).find((a) => a.id === id)).toMatchObject({ mayChange: false });
    const [entry] = await sql<{ kind: string }>(
      `SELECT kind FROM timeline_entry WHERE case_id = $1 ORDER BY at DESC LIMIT 1`,
      [caseId],
    );
    expect(entry.kind).toBe('ACTION_REASSIGNED');
  });
});
