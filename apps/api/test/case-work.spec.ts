import { beforeAll, describe, expect, it } from 'vitest';
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

/** Another school's coordinator: may change cases, but not Het Baken's. */
const DUINZICHT_COORDINATOR = 'verzuim@duinzicht.demo.test';

const EDITING = `editing { fields close reopen ownerCandidates { id name } }`;

interface Editing {
  fields: string[];
  close: boolean;
  reopen: boolean;
  ownerCandidates: { id: string; name: string }[];
}
interface CaseWork {
  id: string;
  version: number;
  status: string | null;
  outcome: string | null;
  closedAt: string | null;
  owner: { id: string; name: string } | null;
  editing: Editing;
  timeline: { kind: string; summary: string; params: { name: string; value: string }[] | null }[];
}
const FIELDS = `id version status outcome closedAt owner { id name } ${EDITING} timeline { kind summary params { name value } }`;

/**
 * Finishing case work through the API: what each person may change (Case.editing, decided in
 * libs/authz), the owner, closing with an outcome and reopening, with the refusals of those who may
 * not: NOT_FOUND for a case they may not see, FORBIDDEN for one they may only read.
 */
describe('case work', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let caseId: string;
  let baken: string;
  const read = async (user: string) =>
    ok(await as(user).query<{ case: CaseWork }>(`query($id: ID!) { case(id: $id) { ${FIELDS} } }`, { id: caseId }))
      .case;
  const userId = async (email: string) =>
    (await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;

  beforeAll(async () => {
    [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    // A Baken case without open actions (closing waits for them), whose pupil has no other case.
    [{ id: caseId }] = await sql<{ id: string }>(
      `SELECT c.id FROM case_file c WHERE c.school_id = $1 AND c.status = 'OPEN'
          AND NOT EXISTS (SELECT 1 FROM case_action a WHERE a.case_id = c.id AND a.status = 'OPEN')
          AND NOT EXISTS (SELECT 1 FROM case_file x WHERE x.pupil_id = c.pupil_id AND x.id <> c.id)
        ORDER BY c.created_at LIMIT 1`,
      [baken],
    );
  });

  it('tells each reader what they may change: the care coordinator everything, the mentor nothing', async () => {
    const care = await read(CARE_COORDINATOR);
    expect(care.editing.fields.sort()).toEqual(
      ['category', 'homeSituation', 'mentorNotes', 'owner', 'status', 'tier', 'typology'].sort(),
    );
    expect(care.editing).toMatchObject({ close: true, reopen: false });
    expect(care.editing.ownerCandidates.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Marieke Jansen', 'Pieter Bakker']),
    );
    // The attendance coordinator does not see the home situation, so may not change it either.
    const coordinator = await read(COORDINATOR);
    expect(coordinator.editing.fields).not.toContain('homeSituation');
    expect(coordinator.editing.fields).toContain('category');
    // The owner is the one who opened the case until someone else is named.
    const [{ created_by }] = await sql<{ created_by: string }>(`SELECT created_by FROM case_file WHERE id = $1`, [
      caseId,
    ]);
    expect(care.owner?.id).toBe(created_by);

    const mentorCase = await sql<{ id: string }>(
      `SELECT c.id FROM case_file c JOIN case_involvement ci ON ci.case_id = c.id JOIN app_user u ON u.id = ci.user_id
        WHERE u.email = $1 LIMIT 1`,
      [BAKEN_MENTOR],
    );
    const mentor = ok(
      await as(BAKEN_MENTOR).query<{ case: CaseWork }>(`query($id: ID!) { case(id: $id) { ${EDITING} } }`, {
        id: mentorCase[0].id,
      }),
    ).case;
    expect(mentor.editing).toEqual({ fields: [], close: false, reopen: false, ownerCandidates: [] });
  });

  it('changes the owner to a coordinator of the school, and refuses anyone else', async () => {
    const leader = await userId('directie@baken.demo.test');
    const before = await read(CARE_COORDINATOR);
    const changed = ok(
      await as(CARE_COORDINATOR).query<{ updateCase: CaseWork }>(
        `mutation($id: ID!, $o: ID!, $v: Int) { updateCase(id: $id, input: { ownerId: $o, expectedVersion: $v }) { ${FIELDS} } }`,
        { id: caseId, o: leader, v: before.version },
      ),
    ).updateCase;
    expect(changed.owner).toEqual({ id: leader, name: 'Pieter Bakker' });
    expect(changed.timeline[0]).toMatchObject({
      kind: 'CASE_UPDATED',
      summary: 'Eigenaar van de casus: Pieter Bakker',
    });
    const [{ owner_id }] = await sql<{ owner_id: string }>(`SELECT owner_id FROM case_file WHERE id = $1`, [caseId]);
    expect(owner_id).toBe(leader);

    // A mentor, another school's coordinator, a partner: not owners of this case. Nothing changes.
    for (const email of [BAKEN_MENTOR, DUINZICHT_COORDINATOR, OFFICER]) {
      const refused = failure(
        await as(CARE_COORDINATOR).query(
          `mutation($id: ID!, $o: ID!) { updateCase(id: $id, input: { ownerId: $o }) { id } }`,
          {
            id: caseId,
            o: await userId(email),
          },
        ),
      );
      expect(refused, email).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerId' });
      expect(refused.message).toMatch(/coördinator of iemand van de directie/);
    }
    const [{ owner_id: still }] = await sql<{ owner_id: string }>(`SELECT owner_id FROM case_file WHERE id = $1`, [
      caseId,
    ]);
    expect(still).toBe(leader);
  });

  it('closes with an outcome, is then read-only until reopened, and reopens with its history kept', async () => {
    const closed = ok(
      await as(CARE_COORDINATOR).query<{ closeCase: CaseWork }>(
        `mutation($id: ID!) { closeCase(id: $id, input: { outcome: BACK_TO_OWN_SCHOOL, note: "Gaat weer naar school." }) { ${FIELDS} } }`,
        { id: caseId },
      ),
    ).closeCase;
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'BACK_TO_OWN_SCHOOL' });
    expect(closed.editing).toMatchObject({ fields: [], close: false, reopen: true, ownerCandidates: [] });

    const change = failure(
      await as(CARE_COORDINATOR).query(`mutation($id: ID!) { updateCase(id: $id, input: { tier: 3 }) { id } }`, {
        id: caseId,
      }),
    );
    expect(change).toMatchObject({ code: 'CONFLICT' });
    expect(change.message).toMatch(/Heropen hem eerst/);

    const reopened = ok(
      await as(CARE_COORDINATOR).query<{ reopenCase: CaseWork }>(
        `mutation($id: ID!) { reopenCase(id: $id) { ${FIELDS} } }`,
        { id: caseId },
      ),
    ).reopenCase;
    expect(reopened).toMatchObject({ status: 'OPEN', outcome: null, closedAt: null });
    expect(reopened.editing).toMatchObject({ close: true, reopen: false });
    expect(reopened.timeline.map((e) => e.kind).slice(0, 2)).toEqual(['CASE_UPDATED', 'CASE_CLOSED']);
    expect(reopened.timeline[0].params).toEqual(
      expect.arrayContaining([
        { name: 'context', value: 'reopened' },
        { name: 'outcome', value: 'BACK_TO_OWN_SCHOOL' },
      ]),
    );
    // Audited like every change of pupil data: who changed the status and outcome of which case.
    const [audit] = await sql<{ fields: string[]; categories: string[] }>(
      `SELECT e.fields, e.categories FROM audit_trail e WHERE e.subject = $1 AND e.action = 'UPDATE' ORDER BY e.at DESC LIMIT 1`,
      [`Case:${caseId}:CASE_UPDATED`],
    );
    expect(audit).toEqual({ fields: ['outcome', 'status'], categories: ['CLASSIFICATION'] });

    expect(
      failure(await as(CARE_COORDINATOR).query(`mutation($id: ID!) { reopenCase(id: $id) { id } }`, { id: caseId })),
    ).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses reopening to those who may not: NOT_FOUND for another school, FORBIDDEN for a reader', async () => {
    ok(
      await as(COORDINATOR).query(`mutation($id: ID!) { closeCase(id: $id, input: { outcome: OTHER }) { id } }`, {
        id: caseId,
      }),
    );
    const officerOrg = (
      await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Gemeente Kustland - Leerplicht'`)
    )[0].id;
    ok(
      await as(COORDINATOR).query(
        `mutation($c: ID!, $o: ID!) { involveOrganisation(caseId: $c, organisationId: $o) { id } }`,
        { c: caseId, o: officerOrg },
      ),
    );
    const reopen = (user: string) =>
      as(user).query(`mutation($id: ID!) { reopenCase(id: $id) { id } }`, { id: caseId });
    const notFound = failure(await reopen(DUINZICHT_COORDINATOR));
    const missing = failure(
      await as(DUINZICHT_COORDINATOR).query(`mutation($id: ID!) { reopenCase(id: $id) { id } }`, {
        id: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(notFound).toEqual(missing);
    expect(notFound.code).toBe('NOT_FOUND');
    expect(failure(await reopen(DUINZICHT_MENTOR)).code).toBe('NOT_FOUND');
    expect(failure(await reopen(PRIVACY)).code).toBe('NOT_FOUND');
    // Leerplicht is involved and reads the case, but does not run the school's follow-up.
    expect(failure(await reopen(OFFICER)).code).toBe('FORBIDDEN');
    const [{ status }] = await sql<{ status: string }>(`SELECT status FROM case_file WHERE id = $1`, [caseId]);
    expect(status).toBe('CLOSED');
  });

  it('does not reopen a case while the pupil has another one running', async () => {
    const [{ pupil_id }] = await sql<{ pupil_id: string }>(`SELECT pupil_id FROM case_file WHERE id = $1`, [caseId]);
    ok(await as(COORDINATOR).query(`mutation($p: ID!) { createCase(input: { pupilId: $p }) { id } }`, { p: pupil_id }));
    const refused = failure(
      await as(COORDINATOR).query(`mutation($id: ID!) { reopenCase(id: $id) { id } }`, { id: caseId }),
    );
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/andere lopende casus/);
  });
});
