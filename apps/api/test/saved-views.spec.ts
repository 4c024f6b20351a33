import { describe, expect, it } from 'vitest';
import { asUsers, BAKEN_MENTOR, COORDINATOR, failure, ok } from './support/graphql-helpers';
import { useTestServer } from './support/test-server';

const VIEWS = '{ savedViews { id name filter { status category typology tier schoolId actionOwnerId overdue } } }';
const SAVE = `mutation($name: String!, $filter: CaseFilter!) { saveView(name: $name, filter: $filter) { id name filter { category tier overdue status } } }`;
const DELETE = 'mutation($id: ID!) { deleteView(id: $id) }';
type View = { id: string; name: string; filter: Record<string, unknown> };

describe('saved views of the case list', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];

  it("keeps a user's named filter, replaces it under the same name, and shows it to nobody else", async () => {
    const saved = ok(
      await as(COORDINATOR).query<{ saveView: View }>(SAVE, {
        name: ' Thuiszitters met achterstand ',
        filter: { category: ['UNAUTHORISED_HOME'], overdue: true },
      }),
    ).saveView;
    expect(saved).toMatchObject({
      name: 'Thuiszitters met achterstand',
      filter: { category: ['UNAUTHORISED_HOME'], overdue: true, tier: null, status: null },
    });

    const replaced = ok(
      await as(COORDINATOR).query<{ saveView: View }>(SAVE, {
        name: 'Thuiszitters met achterstand',
        filter: { tier: [3] },
      }),
    ).saveView;
    expect(replaced.id).toBe(saved.id);
    expect(replaced.filter).toMatchObject({ tier: [3], category: null, overdue: null });

    const mine = ok(await as(COORDINATOR).query<{ savedViews: View[] }>(VIEWS)).savedViews;
    expect(mine.map((v) => v.name)).toEqual(['Thuiszitters met achterstand']);
    expect(ok(await as(BAKEN_MENTOR).query<{ savedViews: View[] }>(VIEWS)).savedViews).toEqual([]);
    // Another user cannot delete it: it is as unknown to them as a view that never existed.
    expect(failure(await as(BAKEN_MENTOR).query(DELETE, { id: saved.id })).code).toBe('NOT_FOUND');
    expect(ok(await as(COORDINATOR).query<{ deleteView: boolean }>(DELETE, { id: saved.id })).deleteView).toBe(true);
    expect(ok(await as(COORDINATOR).query<{ savedViews: View[] }>(VIEWS)).savedViews).toEqual([]);
  });

  it('applies a saved filter to the case list as it was saved', async () => {
    const view = ok(
      await as(COORDINATOR).query<{ saveView: View }>(SAVE, { name: 'Niveau 2', filter: { tier: [2] } }),
    ).saveView;
    const { savedViews } = ok(await as(COORDINATOR).query<{ savedViews: View[] }>(VIEWS));
    const filter = Object.fromEntries(
      Object.entries(savedViews.find((v) => v.id === view.id)!.filter).filter(([, v]) => v !== null),
    );
    const listed = ok(
      await as(COORDINATOR).query<{ cases: { edges: { node: { tier: number } }[] } }>(
        `query($f: CaseFilter) { cases(filter: $f, first: 100) { edges { node { tier } } } }`,
        { f: filter },
      ),
    ).cases.edges;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((e) => e.node.tier === 2)).toBe(true);
  });

  it('refuses a view without a name, with a search term (it may name a pupil) or beyond the limit, naming the field', async () => {
    const count = async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM saved_view`))[0].n;
    const before = await count();
    expect(failure(await as(BAKEN_MENTOR).query(SAVE, { name: '  ', filter: {} }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect(failure(await as(BAKEN_MENTOR).query(SAVE, { name: 'x'.repeat(61), filter: {} }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
    });
    expect(failure(await as(BAKEN_MENTOR).query(SAVE, { name: 'Zoek', filter: { search: 'Jansen' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.search',
    });
    expect(await count()).toBe(before);

    for (let i = 1; i <= 20; i++)
      ok(await as(BAKEN_MENTOR).query(SAVE, { name: `Weergave ${i}`, filter: { tier: [1] } }));
    const tooMany = failure(await as(BAKEN_MENTOR).query(SAVE, { name: 'Weergave 21', filter: {} }));
    expect(tooMany).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(tooMany.message).toContain('verwijder er eerst een');
    // Replacing one of the twenty is still allowed.
    ok(await as(BAKEN_MENTOR).query(SAVE, { name: 'Weergave 3', filter: { tier: [2] } }));
  });
});
