import { beforeAll, describe, expect, it } from 'vitest';
import { CaseCategory, CaseStatus, MTSS_TIERS, Typology } from '@aanwezig/domain';
import { useTestServer } from './support/test-server';
import { COACH, COORDINATOR, asUsers, ok } from './support/graphql-helpers';

type Node = {
  id: string;
  pupil: { displayName: string } | null;
  school: { id: string } | null;
  category: string | null;
  shielded: { field: string; reason: string }[];
};
type Listed = { totalCount: number; ids: string[]; nodes: Node[] };
const LIST = `query($f: CaseFilter) { cases(filter: $f, first: 100) { totalCount edges { node { id pupil { displayName } school { id } category shielded { field reason } } } } }`;

/**
 * Issue 16, findings 1 and 2, as the outsider tried them: the J&G coach, involved in cases without a
 * consent (pupil, school and classification shielded), asked the case list with filters and search to
 * learn what the mask hides, and read the fields that restate shielded ones.
 */
describe('the case list is no oracle for shielded values', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  type Truth = {
    id: string;
    given_name: string;
    family_name: string;
    pupil_number: string;
    school_id: string;
    category: string | null;
    typology: string | null;
    tier: number;
    status: string;
  };
  let shielded: Truth[];

  const list = async (email: string, filter: Record<string, unknown> = {}): Promise<Listed> => {
    const { cases } = ok(
      await as(email).query<{ cases: { totalCount: number; edges: { node: Node }[] } }>(LIST, { f: filter }),
    );
    return {
      totalCount: cases.totalCount,
      ids: cases.edges.map((e) => e.node.id),
      nodes: cases.edges.map((e) => e.node),
    };
  };

  beforeAll(async () => {
    // Classifications on every one of the coach's cases, so a filter has something true to find.
    const [coach] = await sql<{ organisation_id: string }>(
      `SELECT m.organisation_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = $1`,
      [COACH],
    );
    await sql(`DELETE FROM consent WHERE $1 = ANY(organisation_ids)`, [coach.organisation_id]);
    await sql(
      `UPDATE case_file c SET category = coalesce(category, 'AT_RISK_HOME'), typology = coalesce(typology, 'SCHOOL_REFUSAL'), tier = 2
        WHERE EXISTS (SELECT 1 FROM case_involvement ci WHERE ci.case_id = c.id AND ci.organisation_id = $1)`,
      [coach.organisation_id],
    );
    const visible = await list(COACH);
    const hidden = visible.nodes.filter((n) => n.pupil === null).map((n) => n.id);
    shielded = await sql<Truth>(
      `SELECT c.id, p.given_name, p.family_name, p.pupil_number, c.school_id, c.category, c.typology, c.tier, c.status FROM case_file c JOIN pupil p ON p.id = c.pupil_id WHERE c.id = ANY($1)`,
      [hidden],
    );
    expect(shielded.length, 'the coach has cases whose pupil is shielded').toBeGreaterThanOrEqual(3);
    expect(
      visible.nodes.filter((n) => n.pupil === null).every((n) => n.category === null && n.school === null),
      'school and classification shielded with the pupil',
    ).toBe(true);
  });

  it("searching for a shielded pupil's true name or number finds nothing, and counts nothing", async () => {
    for (const truth of shielded) {
      for (const search of [truth.family_name, `${truth.given_name} ${truth.family_name}`, truth.pupil_number]) {
        const found = await list(COACH, { search });
        expect(found.ids, `search "${search}"`).not.toContain(truth.id);
        // Whatever the count says is what the list shows: only cases whose pupil the coach may see.
        expect(found.totalCount).toBe(found.ids.length);
        expect(found.nodes.every((n) => n.pupil !== null)).toBe(true);
      }
    }
  });

  it('filtering by a shielded classification, tier, status or school gives the same answer as a wrong value', async () => {
    const filters: Record<string, unknown>[] = [
      ...Object.values(CaseCategory).map((category) => ({ category: [category] })),
      ...Object.values(Typology).map((typology) => ({ typology: [typology] })),
      ...MTSS_TIERS.map((tier) => ({ tier: [tier] })),
      ...Object.values(CaseStatus).map((status) => ({ status: [status] })),
      ...[...new Set(shielded.map((s) => s.school_id))].map((schoolId) => ({ schoolId })),
    ];
    for (const filter of filters) {
      const found = await list(COACH, filter);
      for (const truth of shielded) expect(found.ids, JSON.stringify(filter)).not.toContain(truth.id);
      expect(found.totalCount, JSON.stringify(filter)).toBe(found.ids.length);
    }
    // Listed by default without regard to status: being in the list says nothing of it.
    const all = await list(COACH);
    for (const truth of shielded) expect(all.ids).toContain(truth.id);
  });

  it('a reader who may see the values still finds them by the same filters', async () => {
    const [baken] = await sql<{
      id: string;
      pupil_number: string;
      family_name: string;
      category: string;
      school_id: string;
    }>(
      `SELECT c.id, p.pupil_number, p.family_name, c.category, c.school_id FROM case_file c JOIN pupil p ON p.id = c.pupil_id JOIN organisation o ON o.id = c.school_id
        WHERE o.name = 'Het Baken College' AND c.status = 'OPEN' AND c.category IS NOT NULL ORDER BY c.created_at LIMIT 1`,
    );
    expect((await list(COORDINATOR, { search: baken.pupil_number })).ids).toContain(baken.id);
    expect((await list(COORDINATOR, { search: baken.family_name })).ids).toContain(baken.id);
    expect((await list(COORDINATOR, { category: [baken.category] })).ids).toContain(baken.id);
    expect((await list(COORDINATOR, { schoolId: baken.school_id })).ids).toContain(baken.id);
    expect((await list(COORDINATOR, { status: [CaseStatus.OPEN] })).ids).toContain(baken.id);
  });

  it('names no staff on a case whose school and partners are shielded: a name would tell the school', async () => {
    for (const truth of shielded) {
      type Named = { shielded: { field: string; reason: string }[] };
      const { case: c } = ok(
        await as(COACH).query<{
          case: {
            timeline: (Named & { actor: unknown })[];
            actions: (Named & { owner: unknown })[];
            consents: (Named & { recordedBy: unknown })[];
          };
        }>(
          `query($id: ID!) { case(id: $id) { timeline { actor { name } shielded { field reason } } actions { owner { name } shielded { field reason } } consents { recordedBy { name } shielded { field reason } } } }`,
          { id: truth.id },
        ),
      );
      expect(c.timeline.length, 'the case has a timeline').toBeGreaterThan(0);
      for (const entry of c.timeline) {
        expect(entry.actor).toBeNull();
        expect(entry.shielded).toContainEqual({ field: 'actor', reason: 'NO_CONSENT' });
      }
      for (const action of c.actions) expect(action.owner).toBeNull();
      for (const consent of c.consents) expect(consent.recordedBy).toBeNull();
    }
    // Leerplicht, involved, may see the school and the partners, and so the names.
    const [involved] = await sql<{ id: string }>(
      `SELECT c.id FROM case_file c JOIN case_involvement ci ON ci.case_id = c.id JOIN organisation o ON o.id = ci.organisation_id WHERE o.name = 'Gemeente Kustland - Leerplicht' AND c.status = 'OPEN' LIMIT 1`,
    );
    const { case: seen } = ok(
      await as('leerplicht@kustland.demo.test').query<{ case: { timeline: { actor: { name: string } | null }[] } }>(
        `query($id: ID!) { case(id: $id) { timeline { actor { name } } } }`,
        { id: involved.id },
      ),
    );
    expect(seen.timeline.every((e) => e.actor !== null)).toBe(true);
  });

  it('the open-actions list filtered by school finds none of the cases whose school is shielded', async () => {
    const schools = await sql<{ id: string }>(`SELECT id FROM organisation WHERE kind = 'SCHOOL'`);
    const shieldedIds = new Set(shielded.map((s) => s.id));
    // The coach may see the actions of these cases (the list without a filter has them).
    const all = ok(
      await as(COACH).query<{ openActions: { edges: { node: { caseId: string } }[] } }>(
        `{ openActions(first: 100) { edges { node { caseId } } } }`,
      ),
    ).openActions;
    expect(
      all.edges.some((e) => shieldedIds.has(e.node.caseId)),
      'the coach sees open actions of shielded cases',
    ).toBe(true);
    for (const school of schools) {
      const { openActions } = ok(
        await as(COACH).query<{ openActions: { totalCount: number; edges: { node: { caseId: string } }[] } }>(
          `query($s: ID!) { openActions(first: 100, filter: { schoolId: $s }) { totalCount edges { node { caseId } } } }`,
          { s: school.id },
        ),
      );
      expect(
        openActions.edges.filter((e) => shieldedIds.has(e.node.caseId)),
        `school ${school.id}`,
      ).toEqual([]);
      expect(openActions.totalCount).toBe(openActions.edges.length);
    }
  });

  it('a meeting the coach attends shows a case whose meeting is shielded for him only as a restricted item', async () => {
    const [truth] = shielded;
    const [coach] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [COACH]);
    const [meeting] = await sql<{ id: string }>(
      `INSERT INTO meeting (region_id, organisation_id, kind, title, starts_at, duration_minutes, chair_user_id, created_by)
       SELECT c.region_id, c.school_id, 'SAT', 'SAT ' || o.name, now() + interval '5 days', 60, c.created_by, c.created_by FROM case_file c JOIN organisation o ON o.id = c.school_id WHERE c.id = $1 RETURNING id`,
      [truth.id],
    );
    await sql(`INSERT INTO meeting_participant (meeting_id, user_id) VALUES ($1, $2)`, [meeting.id, coach.id]);
    await sql(`INSERT INTO agenda_item (meeting_id, case_id, position) VALUES ($1, $2, 1)`, [meeting.id, truth.id]);
    const { meeting: seen } = ok(
      await as(COACH).query<{ meeting: { agenda: { restricted: boolean; case: { id: string } | null }[] } }>(
        `query($id: ID!) { meeting(id: $id) { agenda { restricted case { id } } } }`,
        { id: meeting.id },
      ),
    );
    expect(seen.agenda).toEqual([{ restricted: true, case: null }]);
    // Nor can he write on it: minutes and decisions on an item he sees as restricted are refused, and nothing is written.
    const [item] = await sql<{ id: string }>(`SELECT id FROM agenda_item WHERE meeting_id = $1`, [meeting.id]);
    for (const mutation of ['recordMinutes', 'recordDecision']) {
      const answer = await as(COACH).query(
        `mutation($i: ID!) { ${mutation}(input: { agendaItemId: $i, category: CLASSIFICATION, body: "Poging" }) { id } }`,
        { i: item.id },
      );
      expect(answer.errors?.[0]?.extensions?.code, mutation).toBe('NOT_FOUND');
    }
    expect(
      await sql(
        `SELECT 1 FROM minutes_section WHERE agenda_item_id = $1 UNION ALL SELECT 1 FROM decision WHERE agenda_item_id = $1`,
        [item.id],
      ),
    ).toEqual([]);
  });

  it('visibility and nextMeeting, which name the school and the partners, are shielded with them', async () => {
    // Each shielded case on the agenda of a meeting to come, titled with its school's name.
    for (const truth of shielded) {
      const [meeting] = await sql<{ id: string }>(
        `INSERT INTO meeting (region_id, organisation_id, kind, title, starts_at, duration_minutes, chair_user_id, created_by)
         SELECT c.region_id, c.school_id, 'SAT', 'SAT ' || o.name, now() + interval '3 days', 60, c.created_by, c.created_by
           FROM case_file c JOIN organisation o ON o.id = c.school_id WHERE c.id = $1 RETURNING id`,
        [truth.id],
      );
      await sql(`INSERT INTO agenda_item (meeting_id, case_id, position) VALUES ($1, $2, 1)`, [meeting.id, truth.id]);
    }
    const { cases } = ok(
      await as(COACH).query<{
        cases: {
          edges: {
            node: {
              id: string;
              visibility: unknown;
              nextMeeting: unknown;
              shielded: { field: string; reason: string }[];
            };
          }[];
        };
      }>(
        `{ cases(first: 100) { edges { node { id visibility { organisation { name } role } nextMeeting { title startsAt } shielded { field reason } } } } }`,
      ),
    );
    for (const truth of shielded) {
      const node = cases.edges.map((e) => e.node).find((n) => n.id === truth.id)!;
      expect(node.visibility, 'visibility names the school').toBeNull();
      expect(node.nextMeeting, 'the meeting title names the school').toBeNull();
      expect(node.shielded).toContainEqual({ field: 'visibility', reason: 'NO_CONSENT' });
      expect(node.shielded).toContainEqual({ field: 'nextMeeting', reason: 'NO_CONSENT' });
    }
    // The school's own coordinator still sees both.
    const own = ok(
      await as(COORDINATOR).query<{ case: { visibility: unknown[] | null } }>(
        `query($id: ID!) { case(id: $id) { visibility { role } } }`,
        {
          id: (
            await sql<{ id: string }>(
              `SELECT c.id FROM case_file c JOIN organisation o ON o.id = c.school_id WHERE o.name = 'Het Baken College' LIMIT 1`,
            )
          )[0].id,
        },
      ),
    );
    expect(own.case.visibility?.length).toBeGreaterThan(0);
  });
});
