import { describe, expect, it } from 'vitest';
import { failure, ok } from './support/graphql-helpers';
import { useTestServer } from './support/test-server';

// Yvonne de Graaf is the intern begeleider of two primary schools (two memberships in the demo).
const TWO_SCHOOLS = 'ib@meeuw.demo.test';
const ME = '{ me { memberships { role organisation { id name } } actingAs { role organisation { name } } } }';
const CASE_SCHOOLS = '{ cases(first: 100) { edges { node { id school { name } } } } }';
const ACT_AS = `mutation($organisationId: ID, $role: Role) { actAs(organisationId: $organisationId, role: $role) {
  token user { actingAs { role organisation { name } } } } }`;

interface Me {
  me: {
    memberships: { role: string; organisation: { id: string; name: string } }[];
    actingAs: { role: string; organisation: { name: string } } | null;
  };
}
type CaseSchools = { cases: { edges: { node: { id: string; school: { name: string } } }[] } };

describe('working as one of several memberships (actAs)', () => {
  const t = useTestServer();
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const schoolsSeen = async (token: string) =>
    new Set(ok(await t.graphql<CaseSchools>(CASE_SCHOOLS, {}, token)).cases.edges.map((e) => e.node.school.name));
  const actAs = async (token: string, variables: Record<string, unknown>) =>
    t.graphql<{ actAs: { token: string; user: Pick<Me['me'], 'actingAs'> } }>(ACT_AS, variables, token);

  it('works with all memberships together until the user chooses one, then only with that one', async () => {
    const all = await t.login(TWO_SCHOOLS);
    const me = ok(await t.graphql<Me>(ME, {}, all)).me;
    expect(me.memberships.map((m) => m.organisation.name).sort()).toEqual(['Basisschool De Vuurtoren', 'OBS De Meeuw']);
    expect(me.actingAs).toBeNull();
    expect(await schoolsSeen(all)).toEqual(new Set(['Basisschool De Vuurtoren', 'OBS De Meeuw']));

    const meeuw = me.memberships.find((m) => m.organisation.name === 'OBS De Meeuw')!;
    const switched = ok(await actAs(all, { organisationId: meeuw.organisation.id, role: meeuw.role })).actAs;
    expect(switched.user.actingAs).toEqual({ role: 'CARE_COORDINATOR', organisation: { name: 'OBS De Meeuw' } });
    expect(ok(await t.graphql<Me>(ME, {}, switched.token)).me.actingAs?.organisation.name).toBe('OBS De Meeuw');
    expect(await schoolsSeen(switched.token)).toEqual(new Set(['OBS De Meeuw']));

    // A case of the other school is out of reach while working as De Meeuw, as if it did not exist.
    const [vuurtorenCase] = ok(await t.graphql<CaseSchools>(CASE_SCHOOLS, {}, all)).cases.edges.filter(
      (e) => e.node.school.name === 'Basisschool De Vuurtoren',
    );
    expect(
      failure(
        await t.graphql(`query($id: ID!) { case(id: $id) { id } }`, { id: vuurtorenCase.node.id }, switched.token),
      ).code,
    ).toBe('NOT_FOUND');

    // Back to all memberships together, from the narrowed token.
    const back = ok(await actAs(switched.token, {})).actAs;
    expect(back.user.actingAs).toBeNull();
    expect(await schoolsSeen(back.token)).toEqual(new Set(['Basisschool De Vuurtoren', 'OBS De Meeuw']));
  });

  it('refuses a membership the user does not hold, and half a choice, naming the field', async () => {
    const token = await t.login(TWO_SCHOOLS);
    const [baken] = await sql<{ id: string }>(`SELECT id FROM organisation WHERE name = 'Het Baken College'`);
    expect(failure(await actAs(token, { organisationId: baken.id, role: 'CARE_COORDINATOR' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'organisationId',
    });
    const me = ok(await t.graphql<Me>(ME, {}, token)).me;
    expect(failure(await actAs(token, { organisationId: me.memberships[0].organisation.id }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'role',
    });
    expect(failure(await actAs(token, { role: 'CARE_COORDINATOR' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'organisationId',
    });
    // A mentor cannot promote herself by naming a role she lacks at her own school.
    const mentor = await t.login('mentor@baken.demo.test');
    expect(failure(await actAs(mentor, { organisationId: baken.id, role: 'ATTENDANCE_COORDINATOR' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'organisationId',
    });
  });

  it('stops signing in a narrowed token once its membership is taken away', async () => {
    const all = await t.login(TWO_SCHOOLS);
    const vuurtoren = ok(await t.graphql<Me>(ME, {}, all)).me.memberships.find(
      (m) => m.organisation.name === 'Basisschool De Vuurtoren',
    )!;
    const narrowed = ok(await actAs(all, { organisationId: vuurtoren.organisation.id, role: vuurtoren.role })).actAs
      .token;
    expect(ok(await t.graphql<Me>(ME, {}, narrowed)).me.actingAs?.organisation.name).toBe('Basisschool De Vuurtoren');

    await sql(
      `DELETE FROM membership WHERE organisation_id = $1 AND user_id = (SELECT id FROM app_user WHERE email = $2)`,
      [vuurtoren.organisation.id, TWO_SCHOOLS],
    );
    expect(failure(await t.graphql(ME, {}, narrowed)).code).toBe('UNAUTHENTICATED');
    // The token for all memberships still works, now with the one that is left.
    expect(await schoolsSeen(all)).toEqual(new Set(['OBS De Meeuw']));
  });
});
