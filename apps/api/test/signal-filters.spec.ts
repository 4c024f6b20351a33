import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server';
import { BAKEN_MENTOR, COORDINATOR, DUINZICHT_MENTOR, OFFICER, asUsers, ok } from './support/graphql-helpers';

interface Page {
  signals: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        rule: string;
        route: string;
        status: string;
        unit: string | null;
        value: number | null;
        caseId: string | null;
        pupilCaseId: string | null;
        school: { name: string };
        pupil: { id: string } | null;
      };
    }[];
  };
}
const PAGE = `query($status: SignalStatus, $withdrawn: Boolean, $rule: SignalKind, $route: SignalRoute, $pupilId: ID, $first: Int, $after: String) {
  signals(status: $status, withdrawn: $withdrawn, rule: $rule, route: $route, pupilId: $pupilId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id rule route status unit value caseId pupilCaseId school { name } pupil { id } } }
  }
}`;

/** The inbox's filters and count (rule, route, status, pupil) over HTTP on the demo region: they only ever narrow. */
describe('signal filters and count', () => {
  // The demo year of registrations and the protocol run over it: hundreds of signals, as in the demo.
  const t = useTestServer({ demoAbsence: true });
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const page = async (email: string, variables: Record<string, unknown> = {}) =>
    ok(await as(email).query<Page>(PAGE, { first: 100, ...variables })).signals;
  /** Every signal of a filter, page by page, as the inbox walks through them. */
  const all = async (email: string, variables: Record<string, unknown> = {}) => {
    const nodes: Page['signals']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (;;) {
      const p: Page['signals'] = await page(email, { ...variables, after });
      nodes.push(...p.edges.map((e) => e.node));
      if (!p.pageInfo.hasNextPage) return { nodes, totalCount: p.totalCount };
      after = p.pageInfo.endCursor;
    }
  };
  let duinzichtPupil: string;
  let bakenPupil: string;

  beforeAll(async () => {
    // A pupil of another school with new signals of every route, and one of Het Baken with new signals.
    [{ pupil_id: duinzichtPupil }] = await sql<{ pupil_id: string }>(
      `SELECT s.pupil_id FROM signal s JOIN organisation o ON o.id = s.school_id
        WHERE o.name = 'Duinzicht Lyceum' AND s.status = 'NEW' AND s.withdrawn_at IS NULL
        GROUP BY s.pupil_id ORDER BY count(*) DESC LIMIT 1`,
    );
    [{ pupil_id: bakenPupil }] = await sql<{ pupil_id: string }>(
      `SELECT s.pupil_id FROM signal s JOIN organisation o ON o.id = s.school_id
        WHERE o.name = 'Het Baken College' AND s.status = 'NEW' AND s.withdrawn_at IS NULL
        GROUP BY s.pupil_id ORDER BY count(*) DESC LIMIT 1`,
    );
  });

  it("pages through all of the coordinator's new signals: the count is the number of signals the pages hold", async () => {
    const first = await page(COORDINATOR, { first: 50 });
    expect(first.totalCount).toBeGreaterThan(50);
    expect(first.edges).toHaveLength(50);
    const { nodes, totalCount } = await all(COORDINATOR);
    expect(nodes).toHaveLength(totalCount);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(totalCount);
    expect(new Set(nodes.map((n) => n.school.name))).toEqual(new Set(['Het Baken College']));
  });

  it('filters by rule and by route: each filter holds only its own, and the rules add up to the whole', async () => {
    const { nodes: everything, totalCount } = await all(COORDINATOR);
    const rules = [...new Set(everything.map((n) => n.rule))];
    expect(rules.length).toBeGreaterThan(1);
    let sum = 0;
    for (const rule of rules) {
      const { nodes, totalCount: count } = await all(COORDINATOR, { rule });
      expect(new Set(nodes.map((n) => n.rule))).toEqual(new Set([rule]));
      expect(count).toBe(everything.filter((n) => n.rule === rule).length);
      sum += count;
    }
    expect(sum).toBe(totalCount);
    for (const route of ['LEGAL', 'MEDICAL', 'SCHOOL']) {
      const { nodes, totalCount: count } = await all(COORDINATOR, { route });
      expect(nodes.every((n) => n.route === route)).toBe(true);
      expect(count).toBe(everything.filter((n) => n.route === route).length);
    }
  });

  it('filters by status, the new ones by default, and combines the filters', async () => {
    const handled = await sql<{ rule_key: string }>(
      `SELECT s.rule_key FROM signal s JOIN organisation o ON o.id = s.school_id
        WHERE o.name = 'Het Baken College' AND s.status = 'ACKNOWLEDGED' AND s.withdrawn_at IS NULL`,
    );
    const acknowledged = await all(COORDINATOR, { status: 'ACKNOWLEDGED' });
    expect(acknowledged.totalCount).toBe(handled.length);
    expect(acknowledged.nodes.every((n) => n.status === 'ACKNOWLEDGED')).toBe(true);
    expect((await page(COORDINATOR)).edges.every((e) => e.node.status === 'NEW')).toBe(true);
    const { nodes } = await all(COORDINATOR, { route: 'SCHOOL', rule: 'SAT_DISCUSS', pupilId: bakenPupil });
    expect(nodes.every((n) => n.rule === 'SAT_DISCUSS' && n.pupil?.id === bakenPupil)).toBe(true);
  });

  it("groups a pupil's signals by the pupil filter, each with its unit", async () => {
    const { nodes, totalCount } = await all(COORDINATOR, { pupilId: bakenPupil });
    const [{ n }] = await sql<{ n: string }>(
      `SELECT count(*) AS n FROM signal WHERE pupil_id = $1 AND status = 'NEW' AND withdrawn_at IS NULL`,
      [bakenPupil],
    );
    expect(totalCount).toBe(Number(n));
    expect(nodes.every((s) => s.pupil?.id === bakenPupil)).toBe(true);
    for (const s of nodes) {
      if (s.rule === 'WORRY') expect(s.unit).toBeNull();
      else expect(s.unit, s.rule).toMatch(/HOURS|DAYS|REPORTS|TIMES|PERCENT|WEEKS|REGISTRATIONS/);
    }
    const percent = nodes.find((s) => s.rule === 'SAT_DISCUSS' || s.rule === 'ACT_NOW');
    if (percent) expect(percent.unit).toBe('PERCENT_PRESENT');
  });

  it("reveals nothing of another school's signals: a filter on its pupil finds none, and counts none", async () => {
    // The Duinzicht mentor's own school does see them (so the filter is not empty by itself).
    const [{ n }] = await sql<{ n: string }>(
      `SELECT count(*) AS n FROM signal WHERE pupil_id = $1 AND status = 'NEW' AND withdrawn_at IS NULL`,
      [duinzichtPupil],
    );
    expect(Number(n)).toBeGreaterThan(0);
    for (const variables of [
      { pupilId: duinzichtPupil },
      { pupilId: duinzichtPupil, route: 'SCHOOL' },
      { pupilId: duinzichtPupil, route: 'LEGAL', rule: 'LEGAL_REPORT' },
      { pupilId: duinzichtPupil, withdrawn: true },
      { pupilId: duinzichtPupil, status: 'ACKNOWLEDGED' },
    ]) {
      const p = await page(COORDINATOR, variables);
      expect(p, JSON.stringify(variables)).toMatchObject({ totalCount: 0, edges: [] });
    }
    // A pupil id that is no uuid names nobody.
    expect(await page(COORDINATOR, { pupilId: 'not-a-pupil' })).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("reveals nothing of another route's signals: the mentor's legal route and leerplicht's school route are empty, count included", async () => {
    for (const email of [BAKEN_MENTOR, DUINZICHT_MENTOR]) {
      for (const route of ['LEGAL', 'MEDICAL']) {
        expect(await page(email, { route }), `${email} ${route}`).toMatchObject({ totalCount: 0, edges: [] });
        expect(await page(email, { route, status: 'ACKNOWLEDGED' })).toMatchObject({ totalCount: 0, edges: [] });
      }
      expect(await page(email, { rule: 'LEGAL_REPORT' })).toMatchObject({ totalCount: 0, edges: [] });
    }
    for (const route of ['SCHOOL', 'MEDICAL']) {
      expect(await page(OFFICER, { route }), route).toMatchObject({ totalCount: 0, edges: [] });
    }
    expect(await page(OFFICER, { rule: 'SAT_DISCUSS' })).toMatchObject({ totalCount: 0, edges: [] });
    // Leerplicht's legal route is not empty: the filter narrows, it does not just answer nothing.
    expect((await page(OFFICER, { route: 'LEGAL' })).totalCount).toBeGreaterThan(0);
    // The Het Baken mentor hears only of her own classes on the school route, so no Duinzicht pupil.
    expect(await page(BAKEN_MENTOR, { pupilId: duinzichtPupil })).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("links a signal to the pupil's case only where the reader may open it", async () => {
    const { nodes } = await all(COORDINATOR);
    const linked = nodes.filter((s) => s.pupilCaseId !== null);
    expect(linked.length).toBeGreaterThan(0);
    const cases = await sql<{ id: string; school: string; status: string }>(
      `SELECT c.id, o.name AS school, c.status FROM case_file c JOIN organisation o ON o.id = c.school_id WHERE c.id = ANY($1)`,
      [[...new Set(linked.map((s) => s.pupilCaseId))]],
    );
    expect(new Set(cases.map((c) => c.school))).toEqual(new Set(['Het Baken College']));
    // Every linked case opens for the reader.
    for (const id of new Set(linked.slice(0, 5).map((s) => s.pupilCaseId))) {
      const answer = await as(COORDINATOR).query<{ case: { id: string } }>(`query($id: ID!) { case(id: $id) { id } }`, {
        id,
      });
      expect(ok(answer).case.id).toBe(id);
    }
    // Leerplicht is involved in few cases: it is linked to none it may not read.
    const legal = (await all(OFFICER)).nodes.filter((s) => s.pupilCaseId !== null);
    for (const s of legal.slice(0, 5)) {
      const answer = await as(OFFICER).query<{ case: { id: string } }>(`query($id: ID!) { case(id: $id) { id } }`, {
        id: s.pupilCaseId,
      });
      expect(ok(answer).case.id).toBe(s.pupilCaseId);
    }
  });
});
