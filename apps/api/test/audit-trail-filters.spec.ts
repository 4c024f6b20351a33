import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server';
import { CARE_COORDINATOR, COORDINATOR, OFFICER, PRIVACY, asUsers, failure, ok } from './support/graphql-helpers';

type Trail = {
  auditTrail: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; at: string; actor: { id: string; name: string } } }[];
  };
};
const TRAIL = `query($p: ID!, $f: AuditTrailFilter, $first: Int, $after: String) {
  auditTrail(pupilId: $p, filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id at actor { id name } } } } }`;
const ACTORS = `query($p: ID!) { auditTrailActors(pupilId: $p) { id name } }`;

/** The privacy officer narrows a pupil's access log by person and by days, with paging kept. */
describe('audit trail filters', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let pupilId: string;
  let caseId: string;
  const userId = async (email: string) =>
    (await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [email]))[0].id;

  beforeAll(async () => {
    [{ id: caseId, pupil_id: pupilId }] = await sql<{ id: string; pupil_id: string }>(
      `SELECT c.id, c.pupil_id FROM case_file c JOIN organisation s ON s.id = c.school_id JOIN case_involvement ci ON ci.case_id = c.id
        JOIN organisation o ON o.id = ci.organisation_id
        WHERE s.name = 'Het Baken College' AND c.status = 'OPEN' AND o.kind = 'MUNICIPALITY' ORDER BY c.created_at LIMIT 1`,
    );
    // Three people read the case, the coordinator three times (each request a view of its own).
    for (const user of [COORDINATOR, COORDINATOR, COORDINATOR, CARE_COORDINATOR, OFFICER]) {
      ok(await as(user).query(`query($id: ID!) { case(id: $id) { id } }`, { id: caseId }));
    }
  });

  it('lists the people who appear in the log, and only what one of them did when asked', async () => {
    const { auditTrailActors } = ok(
      await as(PRIVACY).query<{ auditTrailActors: { id: string; name: string }[] }>(ACTORS, { p: pupilId }),
    );
    const [everyone] = await sql<{ ids: string[] }>(
      `SELECT array_agg(DISTINCT actor_user_id::text) AS ids FROM audit_trail WHERE pupil_id = $1`,
      [pupilId],
    );
    expect(auditTrailActors.map((a) => a.id).sort()).toEqual([...everyone.ids].sort());
    const coordinator = await userId(COORDINATOR);
    const only = ok(await as(PRIVACY).query<Trail>(TRAIL, { p: pupilId, f: { actorId: coordinator }, first: 100 }));
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_trail WHERE pupil_id = $1 AND actor_user_id = $2`,
      [pupilId, coordinator],
    );
    expect(n).toBeGreaterThanOrEqual(3);
    expect(only.auditTrail.totalCount).toBe(n);
    expect(only.auditTrail.edges.map((e) => e.node.actor.id)).toEqual(Array(n).fill(coordinator));
  });

  it('keeps paging within the filter', async () => {
    const coordinator = await userId(COORDINATOR);
    const first = ok(await as(PRIVACY).query<Trail>(TRAIL, { p: pupilId, f: { actorId: coordinator }, first: 2 }));
    expect(first.auditTrail.pageInfo.hasNextPage).toBe(true);
    const next = ok(
      await as(PRIVACY).query<Trail>(TRAIL, {
        p: pupilId,
        f: { actorId: coordinator },
        first: 2,
        after: first.auditTrail.pageInfo.endCursor,
      }),
    );
    const ids = [...first.auditTrail.edges, ...next.auditTrail.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(next.auditTrail.edges.every((e) => e.node.actor.id === coordinator)).toBe(true);
  });

  it('narrows by Dutch calendar days, both ends inclusive', async () => {
    // Two reads in the night of 15 to 16 November 2026: 23:30 and 00:30 in the Netherlands (22:30 and 23:30 UTC).
    const [event] = await sql<{ region_id: string; actor_user_id: string }>(
      `SELECT region_id, actor_user_id FROM audit_trail WHERE pupil_id = $1 LIMIT 1`,
      [pupilId],
    );
    const late = randomUUID();
    const afterMidnight = randomUUID();
    for (const [id, at] of [
      [late, '2026-11-15T22:30:00Z'],
      [afterMidnight, '2026-11-15T23:30:00Z'],
    ]) {
      await sql(
        `INSERT INTO audit_event (id, at, region_id, actor_user_id, actor_roles, on_behalf_of, action, categories)
         VALUES ($1, $2, $3, $4, '{ATTENDANCE_COORDINATOR}', '{}', 'READ', '{IDENTITY}')`,
        [id, at, event.region_id, event.actor_user_id],
      );
      await sql(`INSERT INTO audit_event_pupil (event_id, pupil_id, subject) VALUES ($1, $2, $3)`, [
        id,
        pupilId,
        `Case:${caseId}`,
      ]);
    }
    const ids = async (f: Record<string, string>) =>
      ok(await as(PRIVACY).query<Trail>(TRAIL, { p: pupilId, f, first: 100 })).auditTrail.edges.map((e) => e.node.id);
    expect(await ids({ from: '2026-11-16', to: '2026-11-16' })).toEqual([afterMidnight]);
    expect(await ids({ from: '2026-11-15', to: '2026-11-15' })).toEqual([late]);
    expect(await ids({ from: '2026-11-15', to: '2026-11-16' })).toEqual([afterMidnight, late]);
    expect(await ids({ to: '2026-11-16' })).toEqual(expect.arrayContaining([afterMidnight, late]));
    const since = await ids({ from: '2026-11-17' });
    expect(since).not.toContain(late);
    expect(since).not.toContain(afterMidnight);
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_trail WHERE pupil_id = $1 AND at >= '2026-11-16T23:00:00Z'`,
      [pupilId],
    );
    expect(since.length).toBe(n);
  });

  it('refuses a bad filter naming the field, and shows nothing for a person or pupil outside the log', async () => {
    expect(failure(await as(PRIVACY).query(TRAIL, { p: pupilId, f: { from: '1 november' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'from',
    });
    expect(
      failure(await as(PRIVACY).query(TRAIL, { p: pupilId, f: { from: '2026-12-02', to: '2026-12-01' } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
    });
    expect(failure(await as(PRIVACY).query(TRAIL, { p: pupilId, f: { actorId: 'jan' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'actorId',
    });
    // Someone who never appears in this log: no rows, as for anyone else who is not in it.
    const stranger = ok(await as(PRIVACY).query<Trail>(TRAIL, { p: pupilId, f: { actorId: randomUUID() } }));
    expect(stranger.auditTrail.totalCount).toBe(0);
    const [{ id: duinzicht }] = await sql<{ id: string }>(
      `SELECT p.id FROM pupil p JOIN organisation s ON s.id = p.school_id WHERE s.name = 'Duinzicht Lyceum' LIMIT 1`,
    );
    for (const query of [TRAIL, ACTORS]) {
      expect(failure(await as(PRIVACY).query(query, { p: duinzicht })).code).toBe('NOT_FOUND');
      expect(failure(await as(COORDINATOR).query(query, { p: pupilId })).code).toBe('FORBIDDEN');
    }
  });
});
