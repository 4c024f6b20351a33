import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server';
import {
  ADMIN,
  BAKEN_MENTOR,
  COORDINATOR,
  CARE_COORDINATOR,
  DUINZICHT_MENTOR,
  OFFICER,
  PRIVACY,
  asUsers,
  failure,
  ok,
} from './support/graphql-helpers';

const CASE_FIELDS = `id version status category typology tier worryFlag mentorNotes homeSituation pupil { displayName } school { name } shielded { field reason }`;

interface CaseNode {
  id: string;
  version: number;
  status: string | null;
  category: string | null;
  worryFlag: boolean | null;
  mentorNotes: string | null;
  homeSituation: string | null;
  pupil: { displayName: string } | null;
  shielded: { field: string; reason: string }[];
}
interface CaseList {
  cases: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: CaseNode }[];
  };
}

describe('cases', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let baken: string;
  let bakenCaseId: string;

  beforeAll(async () => {
    [{ id: baken }] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    [{ id: bakenCaseId }] = await sql<{ id: string }>(
      `SELECT id FROM case_file WHERE school_id = $1 AND status = 'OPEN' ORDER BY created_at LIMIT 1`,
      [baken],
    );
  });

  it("lists exactly the coordinator's school's open and monitored cases, page by page", async () => {
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM case_file WHERE school_id = $1 AND status IN ('OPEN','MONITORING')`,
      [baken],
    );
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: CaseList = ok(
        await as(COORDINATOR).query<CaseList>(
          `query($after: String) { cases(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${CASE_FIELDS} } } } }`,
          { after },
        ),
      );
      expect(page.cases.totalCount).toBe(n);
      seen.push(...page.cases.edges.map((e) => e.node.id));
      for (const { node } of page.cases.edges) expect(node.pupil).not.toBeNull();
      after = page.cases.pageInfo.hasNextPage ? page.cases.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 20);
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
    const schools = await sql<{ school_id: string }>(`SELECT DISTINCT school_id FROM case_file WHERE id = ANY($1)`, [
      seen,
    ]);
    expect(schools).toEqual([{ school_id: baken }]);
  });

  it('filters by status, typology and overdue actions as SQL counts them', async () => {
    const [{ closed }] = await sql<{ closed: number }>(
      `SELECT count(*)::int AS closed FROM case_file WHERE school_id = $1 AND status = 'CLOSED'`,
      [baken],
    );
    const [{ refusal }] = await sql<{ refusal: number }>(
      `SELECT count(*)::int AS refusal FROM case_file WHERE school_id = $1 AND status <> 'CLOSED' AND typology = 'SCHOOL_REFUSAL'`,
      [baken],
    );
    const [{ overdue }] = await sql<{ overdue: number }>(
      `SELECT count(*)::int AS overdue FROM case_file c WHERE c.school_id = $1 AND c.status <> 'CLOSED'
       AND EXISTS (SELECT 1 FROM case_action a WHERE a.case_id = c.id AND a.status = 'OPEN' AND a.due_date < (now() AT TIME ZONE 'Europe/Amsterdam')::date)`,
      [baken],
    );
    const count = async (filter: string) =>
      ok(await as(COORDINATOR).query<CaseList>(`{ cases(filter: ${filter}) { totalCount } }`)).cases.totalCount;
    expect(await count('{ status: [CLOSED] }')).toBe(closed);
    expect(await count('{ typology: [SCHOOL_REFUSAL] }')).toBe(refusal);
    expect(await count('{ overdue: true }')).toBe(overdue);
    expect(overdue).toBeGreaterThan(0);
  });

  it('shows the Duinzicht mentor nothing of Het Baken, answering NOT_FOUND for every way in', async () => {
    const list = ok(await as(DUINZICHT_MENTOR).query<CaseList>(`{ cases { totalCount edges { node { id } } } }`));
    const ids = list.cases.edges.map((e) => e.node.id);
    const foreign = await sql(`SELECT id FROM case_file WHERE id = ANY($1) AND school_id = $2`, [ids, baken]);
    expect(foreign).toEqual([]);
    const attempts = [
      [`query($id: ID!) { case(id: $id) { id } }`, {}],
      [`mutation($id: ID!) { updateCase(id: $id, input: { tier: 3 }) { id } }`, {}],
      [`mutation($id: ID!) { setWorryFlag(caseId: $id, flag: true) { id } }`, {}],
      [
        `mutation($id: ID!) { createAction(input: { caseId: $id, title: "x", ownerId: $id, dueDate: "2099-01-01" }) { id } }`,
        {},
      ],
    ] as const;
    for (const [query] of attempts) {
      const answer = await as(DUINZICHT_MENTOR).query(query, { id: bakenCaseId });
      expect(failure(answer).code, query).toBe('NOT_FOUND');
      // Message, reason and parameters too: nothing in the error tells that this case exists.
      const absent = await as(DUINZICHT_MENTOR).query(query, { id: '00000000-0000-4000-8000-000000000001' });
      const said = (r: typeof answer) => ({ message: r.errors?.[0].message, extensions: r.errors?.[0].extensions });
      expect(said(answer), query).toEqual(said(absent));
      expect(said(answer).extensions, query).toHaveProperty('reason');
    }
    // The answer for a case that does not exist is the same.
    expect(
      failure(await as(DUINZICHT_MENTOR).query(`{ case(id: "00000000-0000-0000-0000-000000000001") { id } }`)),
    ).toMatchObject({ code: 'NOT_FOUND' });
    const [{ tier }] = await sql<{ tier: number }>(`SELECT tier FROM case_file WHERE id = $1`, [bakenCaseId]);
    expect(tier).not.toBe(3);
  });

  it.each([ADMIN, PRIVACY])('gives %s no case content at all', async (email) => {
    expect(failure(await as(email).query(`{ cases { totalCount } }`)).code).toBe('FORBIDDEN');
    expect(failure(await as(email).query(`query($id: ID!) { case(id: $id) { id } }`, { id: bakenCaseId })).code).toBe(
      'FORBIDDEN',
    );
    expect(failure(await as(email).query(`{ openActions { totalCount } }`)).code).toBe('FORBIDDEN');
    expect(failure(await as(email).query(`{ pupils { totalCount } }`)).code).toBe('FORBIDDEN');
    const meetings = await as(email).query<{ meetings: { totalCount: number } }>(`{ meetings { totalCount } }`);
    expect(failure(meetings).code).toBe('FORBIDDEN');
  });

  it('shows leerplicht only the cases its organisation is involved in, with notes shielded for lack of consent', async () => {
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(DISTINCT c.id)::int AS n FROM case_file c JOIN case_involvement ci ON ci.case_id = c.id JOIN organisation o ON o.id = ci.organisation_id
       WHERE o.kind = 'MUNICIPALITY' AND c.status IN ('OPEN','MONITORING')`,
    );
    const list = ok(
      await as(OFFICER).query<CaseList>(`{ cases(first: 100) { totalCount edges { node { ${CASE_FIELDS} } } } }`),
    );
    expect(list.cases.totalCount).toBe(n);
    for (const { node } of list.cases.edges) {
      expect(node.pupil).not.toBeNull();
      expect(node.category === null ? 'shielded' : 'visible').toBe(
        node.shielded.some((s) => s.field === 'category') ? 'shielded' : 'visible',
      );
      expect(node.mentorNotes).toBeNull();
      expect(node.shielded).toEqual(
        expect.arrayContaining([
          { field: 'mentorNotes', reason: 'NO_CONSENT' },
          { field: 'homeSituation', reason: 'NO_CONSENT' },
        ]),
      );
    }
  });

  it('shows a mentor only the cases they work on, and never the home situation', async () => {
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(DISTINCT c.id)::int AS n FROM case_file c JOIN case_involvement ci ON ci.case_id = c.id JOIN app_user u ON u.id = ci.user_id
       WHERE u.email = $1 AND c.status IN ('OPEN','MONITORING')`,
      [BAKEN_MENTOR],
    );
    const list = ok(
      await as(BAKEN_MENTOR).query<CaseList>(`{ cases(first: 100) { totalCount edges { node { ${CASE_FIELDS} } } } }`),
    );
    expect(list.cases.totalCount).toBe(n);
    expect(n).toBeGreaterThan(0);
    for (const { node } of list.cases.edges)
      expect(node.shielded).toContainEqual({ field: 'homeSituation', reason: 'NOT_PERMITTED' });
    const care = ok(
      await as(CARE_COORDINATOR).query<{ case: CaseNode }>(`query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`, {
        id: list.cases.edges[0].node.id,
      }),
    );
    expect(care.case.shielded.map((s) => s.field)).not.toContain('homeSituation');
  });

  describe('opening and changing a case', () => {
    let pupilId: string;
    let caseId: string;

    beforeAll(async () => {
      [{ id: pupilId }] = await sql<{ id: string }>(
        `SELECT p.id FROM pupil p WHERE p.school_id = $1 AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.pupil_id = p.id) ORDER BY p.pupil_number LIMIT 1`,
        [baken],
      );
      // The pupil is in a class the mentor mentors: a mentor opens cases for her own pupils only.
      await sql(
        `INSERT INTO mentor_class (user_id, school_id, group_name) SELECT u.id, p.school_id, p.group_name FROM pupil p, app_user u WHERE p.id = $1 AND u.email = $2 ON CONFLICT DO NOTHING`,
        [pupilId, BAKEN_MENTOR],
      );
    });

    it.each([
      [{ pupilId: 'not-an-id' }, 'pupilId', 'BAD_USER_INPUT'],
      [{ pupilId: '00000000-0000-0000-0000-000000000009' }, 'pupilId', 'BAD_USER_INPUT'],
      [{ tier: 5 }, 'tier', 'BAD_USER_INPUT'],
      [{ mentorNotes: 'x'.repeat(4001) }, 'mentorNotes', 'BAD_USER_INPUT'],
    ])('refuses %o naming %s, and writes nothing', async (override, field, code) => {
      const before = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_file`);
      const error = failure(
        await as(BAKEN_MENTOR).query(`mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`, {
          input: { pupilId, ...override },
        }),
      );
      expect(error).toMatchObject({ code, field });
      expect(await sql(`SELECT count(*)::int AS n FROM case_file`)).toEqual(before);
    });

    it('lets a mentor open a case for their pupil, and involves them in it', async () => {
      const created = ok(
        await as(BAKEN_MENTOR).query<{
          createCase: CaseNode & { timeline: { kind: string; actor: { name: string } }[] };
        }>(
          `mutation($input: CreateCaseInput!) { createCase(input: $input) { ${CASE_FIELDS} timeline { kind actor { name } } } }`,
          { input: { pupilId, typology: 'TRUANCY', worryFlag: true, mentorNotes: 'Spijbelt het laatste uur.' } },
        ),
      );
      caseId = created.createCase.id;
      expect(created.createCase).toMatchObject({
        status: 'OPEN',
        worryFlag: true,
        mentorNotes: 'Spijbelt het laatste uur.',
      });
      expect(created.createCase.timeline.map((e) => e.kind).sort()).toEqual(['CASE_CREATED', 'WORRY_FLAG_SET']);
      expect(created.createCase.timeline[0].actor.name).toBe('Sanne de Vries');
      ok(await as(BAKEN_MENTOR).query(`query($id: ID!) { case(id: $id) { id } }`, { id: caseId }));
    });

    it('refuses a second open case for the same pupil', async () => {
      expect(
        failure(
          await as(COORDINATOR).query(`mutation($p: ID!) { createCase(input: { pupilId: $p }) { id } }`, {
            p: pupilId,
          }),
        ),
      ).toMatchObject({ code: 'CONFLICT', field: 'pupilId' });
    });

    it('lets the mentor read but not change the case', async () => {
      expect(
        failure(
          await as(BAKEN_MENTOR).query(`mutation($id: ID!) { updateCase(id: $id, input: { tier: 2 }) { id } }`, {
            id: caseId,
          }),
        ).code,
      ).toBe('FORBIDDEN');
    });

    it('records every change on the timeline, with who, and detects a stale version', async () => {
      const read = ok(
        await as(COORDINATOR).query<{ case: CaseNode }>(`query($id: ID!) { case(id: $id) { version } }`, {
          id: caseId,
        }),
      );
      const updated = ok(
        await as(COORDINATOR).query<{
          updateCase: CaseNode & { timeline: { kind: string; summary: string; actor: { name: string } }[] };
        }>(
          `mutation($id: ID!, $v: Int) { updateCase(id: $id, input: { tier: 2, category: AT_RISK_HOME, expectedVersion: $v }) { version tier timeline { kind summary actor { name } } } }`,
          { id: caseId, v: read.case.version },
        ),
      );
      expect(updated.updateCase.version).toBe(read.case.version + 1);
      expect(updated.updateCase.timeline[0]).toMatchObject({
        kind: 'CASE_UPDATED',
        actor: { name: 'Ahmed el Amrani' },
      });
      expect(updated.updateCase.timeline[0].summary).toMatch(/niveau 1 → 2/i);
      const stale = failure(
        await as(CARE_COORDINATOR).query(
          `mutation($id: ID!, $v: Int) { updateCase(id: $id, input: { tier: 3, expectedVersion: $v }) { id } }`,
          { id: caseId, v: read.case.version },
        ),
      );
      expect(stale).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    });

    it('keeps the home situation to the care coordinator', async () => {
      expect(
        failure(
          await as(COORDINATOR).query(
            `mutation($id: ID!) { updateCase(id: $id, input: { homeSituation: "x" }) { id } }`,
            { id: caseId },
          ),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'homeSituation' });
      const care = ok(
        await as(CARE_COORDINATOR).query<{ updateCase: CaseNode }>(
          `mutation($id: ID!) { updateCase(id: $id, input: { homeSituation: "Woont bij oma." }) { homeSituation } }`,
          { id: caseId },
        ),
      );
      expect(care.updateCase.homeSituation).toBe('Woont bij oma.');
    });

    it('does not close through updateCase, nor with open actions', async () => {
      expect(
        failure(
          await as(COORDINATOR).query(`mutation($id: ID!) { updateCase(id: $id, input: { status: CLOSED }) { id } }`, {
            id: caseId,
          }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      const [{ id: me }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [COORDINATOR]);
      ok(
        await as(COORDINATOR).query(
          `mutation($c: ID!, $o: ID!, $d: String!) { createAction(input: { caseId: $c, title: "Ouders bellen", ownerId: $o, dueDate: $d }) { id } }`,
          { c: caseId, o: me, d: tomorrow },
        ),
      );
      expect(
        failure(
          await as(COORDINATOR).query(
            `mutation($id: ID!) { closeCase(id: $id, input: { outcome: BACK_TO_OWN_SCHOOL }) { id } }`,
            { id: caseId },
          ),
        ),
        // One open action is named in the singular, not as "de 1 open actie(s)".
      ).toMatchObject({ code: 'CONFLICT', message: 'Rond eerst de open actie af of draag die over.' });
    });

    it('involves an organisation once, and then its staff may see the case', async () => {
      const [{ id: officerOrg }] = await sql<{ id: string }>(
        `SELECT id FROM organisation WHERE name = 'Gemeente Kustland - Leerplicht'`,
      );
      expect(failure(await as(OFFICER).query(`query($id: ID!) { case(id: $id) { id } }`, { id: caseId })).code).toBe(
        'NOT_FOUND',
      );
      for (let i = 0; i < 2; i++)
        ok(
          await as(COORDINATOR).query(
            `mutation($c: ID!, $o: ID!) { involveOrganisation(caseId: $c, organisationId: $o) { id } }`,
            { c: caseId, o: officerOrg },
          ),
        );
      const [{ n }] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM timeline_entry WHERE case_id = $1 AND kind = 'ORGANISATION_INVOLVED'`,
        [caseId],
      );
      expect(n).toBe(1);
      ok(await as(OFFICER).query(`query($id: ID!) { case(id: $id) { id } }`, { id: caseId }));
    });
  });
});
