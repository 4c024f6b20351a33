import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Kind, parse, print, visit, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import pino from 'pino';
import { startServer } from '../src/core/bootstrap';
import { testConfig, useTestServer } from './support/test-server';
import { CARE_COORDINATOR, COORDINATOR } from './support/graphql-helpers';

const ROOT = path.resolve(__dirname, '../../..');
const WEB_DOCUMENT = /graphql\(`([\s\S]*?)`\)/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' ? [] : filesUnder(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** A web operation as urql sends it: with the fragments it spreads and `__typename` in every selection. */
function webOperation(file: string): string {
  const fragments = new Map<string, FragmentDefinitionNode>(
    filesUnder(path.join(ROOT, 'apps/web/src'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(WEB_DOCUMENT)].map((m) => parse(m[1])))
      .flatMap((d) => d.definitions.filter((x): x is FragmentDefinitionNode => x.kind === Kind.FRAGMENT_DEFINITION))
      .map((f) => [f.name.value, f]),
  );
  const document = parse(readFileSync(path.join(ROOT, file), 'utf8').match(/graphql\(`([\s\S]*?)`\)/)![1]);
  const used: FragmentDefinitionNode[] = [];
  const collect = (node: DocumentNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || used.includes(fragment)) return;
        used.push(fragment);
        collect(fragment);
      },
    });
  collect(document);
  const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
  const sent = visit(
    { ...document, definitions: [...document.definitions, ...used] },
    {
      SelectionSet: (set, _key, parent) =>
        parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION
          ? undefined
          : { ...set, selections: [...set.selections, typename] },
    },
  );
  return print(sent);
}

const CASE_PAGE = webOperation('apps/web/src/modules/cases/graphql/case.query.ts');
/** Another request of the same page: the case page's actions, which the page asks for on its own. */
/** The school leader of Het Baken College, who opened the case page in the bug report. */
const SCHOOL_LEADER = 'directie@baken.demo.test';
const CASE_ACTIONS = `query CaseActions($id: ID!) { case(id: $id) { id __typename actions { id title __typename } } }`;

/** A page view of a case logs one row per pupil, however many requests and resolvers the page takes. */
describe('the audit log: one row per page view', () => {
  const t = useTestServer();
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const tokens = new Map<string, string>();
  /** A request as the web client sends it, in the page view `view` (the X-Aanwezig-View header) if given. */
  const send = async (
    email: string,
    query: string,
    variables: Record<string, unknown>,
    view?: string,
    url: string = t.url,
  ) => {
    if (!tokens.has(email)) tokens.set(email, await t.login(email));
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens.get(email)}`,
        ...(view ? { 'x-aanwezig-view': view } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };
  let caseId: string;
  let pupilId: string;
  const reads = async () =>
    sql<{ email: string; subject: string; categories: string[] }>(
      `SELECT u.email, t.subject, t.categories FROM audit_trail t JOIN app_user u ON u.id = t.actor_user_id
        WHERE t.pupil_id = $1 AND t.action = 'READ' ORDER BY t.at`,
      [pupilId],
    );

  beforeAll(async () => {
    [{ id: caseId, pupil_id: pupilId }] = await sql<{ id: string; pupil_id: string }>(
      `SELECT c.id, c.pupil_id FROM case_file c JOIN organisation s ON s.id = c.school_id
        WHERE s.name = 'Het Baken College' AND c.status = 'OPEN' ORDER BY c.created_at LIMIT 1`,
    );
  });

  it('writes exactly one row for one case-page query as the web sends it', async () => {
    expect(CASE_PAGE).toContain('__typename');
    expect(CASE_PAGE).toContain('fragment ShieldedFields');
    await send(CARE_COORDINATOR, CASE_PAGE, { id: caseId }, randomUUID());
    expect(await reads()).toEqual([expect.objectContaining({ email: CARE_COORDINATOR, subject: `Case:${caseId}` })]);
  });

  it("writes no second row for the page's other requests and reloads in the same view, and one for the next view", async () => {
    const before = (await reads()).length;
    const view = randomUUID();
    await Promise.all([
      send(CARE_COORDINATOR, CASE_PAGE, { id: caseId }, view),
      send(CARE_COORDINATOR, CASE_ACTIONS, { id: caseId }, view),
    ]);
    await send(CARE_COORDINATOR, CASE_PAGE, { id: caseId }, view);
    expect((await reads()).length).toBe(before + 1);
    // Coming back to the page is a new view, and a new row.
    await send(CARE_COORDINATOR, CASE_PAGE, { id: caseId }, randomUUID());
    expect((await reads()).length).toBe(before + 2);
  });

  it("writes one row when the page's two requests of one view arrive at the same time", async () => {
    // The case page as the school leader opens it: its case query and its actions query, sent together,
    // each to another API instance (as behind the deployment's load balancer), so neither waits for the
    // other's write. Both ask "did this view log the case already?"; only one of them may answer no.
    const other = await startServer(testConfig(), { database: t.database, logger: pino({ level: 'silent' }) });
    try {
      for (let round = 0; round < 10; round++) {
        const view = randomUUID();
        await Promise.all([
          send(SCHOOL_LEADER, CASE_PAGE, { id: caseId }, view),
          send(SCHOOL_LEADER, CASE_ACTIONS, { id: caseId }, view, other.url),
        ]);
        const rows = await sql<{ id: string }>(
          `SELECT t.id FROM audit_trail t JOIN audit_event e ON e.id = t.id
            WHERE e.view_id = $1 AND t.pupil_id = $2 AND t.subject = $3`,
          [view, pupilId, `Case:${caseId}`],
        );
        expect(rows, `view ${round}`).toHaveLength(1);
      }
    } finally {
      await other.close();
    }
  });

  it('treats a request without a view as a view of its own', async () => {
    const before = (await reads()).length;
    await send(CARE_COORDINATOR, CASE_PAGE, { id: caseId });
    await send(CARE_COORDINATOR, CASE_PAGE, { id: caseId });
    expect((await reads()).length).toBe(before + 2);
  });

  it("never lets one person's view hide another's read, nor a read under other roles or categories", async () => {
    const view = randomUUID();
    await send(CARE_COORDINATOR, CASE_PAGE, { id: caseId }, view);
    const before = await reads();
    // The attendance coordinator sends the same view id: her read is hers, and sees other categories.
    await send(COORDINATOR, CASE_PAGE, { id: caseId }, view);
    const after = await reads();
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ email: COORDINATOR });
    expect(after.at(-1)!.categories).not.toContain('HOME_SITUATION');
  });

  it('logs the read again once the view is older than the window', async () => {
    const view = randomUUID();
    // A row of this view from eleven minutes ago (the log is append-only: it is written, not moved back).
    const [{ id: user }] = await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = $1`, [CARE_COORDINATOR]);
    await send(CARE_COORDINATOR, CASE_PAGE, { id: caseId }, view);
    const [event] = await sql<{
      region_id: string;
      actor_roles: string[];
      on_behalf_of: string[];
      categories: string[];
    }>(`SELECT e.region_id, e.actor_roles, e.on_behalf_of, e.categories FROM audit_event e WHERE e.view_id = $1`, [
      view,
    ]);
    const old = randomUUID();
    const otherView = randomUUID();
    await sql(
      `INSERT INTO audit_event (id, at, region_id, actor_user_id, actor_roles, on_behalf_of, action, categories, view_id)
       VALUES ($1, now() - interval '11 minutes', $2, $3, $4, $5, 'READ', $6, $7)`,
      [old, event.region_id, user, event.actor_roles, event.on_behalf_of, event.categories, otherView],
    );
    await sql(`INSERT INTO audit_event_pupil (event_id, pupil_id, subject) VALUES ($1, $2, $3)`, [
      old,
      pupilId,
      `Case:${caseId}`,
    ]);
    const before = (await reads()).length;
    await send(CARE_COORDINATOR, CASE_PAGE, { id: caseId }, otherView);
    expect((await reads()).length).toBe(before + 1);
  });

  it('always logs a change, also in a view that read the record already', async () => {
    const view = randomUUID();
    const page = (await send(CARE_COORDINATOR, CASE_PAGE, { id: caseId }, view)) as { case: { tier: number } };
    const count = (action: string) =>
      sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_event WHERE view_id IS NOT DISTINCT FROM $1 AND action = $2`,
        [action === 'READ' ? view : null, action],
      ).then((r) => r[0].n);
    const updates = await count('UPDATE');
    await send(
      CARE_COORDINATOR,
      `mutation($id: ID!, $tier: Int) { updateCase(id: $id, input: { tier: $tier }) { id tier } }`,
      { id: caseId, tier: page.case.tier === 3 ? 2 : 3 },
      view,
    );
    expect(await count('UPDATE')).toBe(updates + 1);
    // The answer to the change read the case again in the same view: no second read row.
    expect(await count('READ')).toBe(1);
  });
});
