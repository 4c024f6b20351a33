import { beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from './support/test-server';
import { CONSULTANT, COORDINATOR, PRIVACY, asUsers, ok } from './support/graphql-helpers';

/** What a client could send as `after`: our own encoding (base64url JSON), with the wrong things inside. */
const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const SOME_UUID = '8a7f2c1e-1f0b-4c7e-9d3a-2b6e5f4a3c21';
const MALFORMED: [string, string][] = [
  ['not base64 JSON at all', '!!!'],
  ['an id that is not a uuid', cursor(['2026-11-24T09:00:00.000Z', 'not-a-uuid'])],
  ['an object as sort value', cursor([{ $gt: 1 }, SOME_UUID])],
  ['a null sort value', cursor([null, SOME_UUID])],
  ['three parts', cursor(['2026-11-24T09:00:00.000Z', SOME_UUID, 'x'])],
];

/** Every connection field answers a malformed `after` with BAD_USER_INPUT naming the argument, never an internal error. */
describe('a malformed after cursor', () => {
  const t = useTestServer();
  const as = asUsers(t);
  let pupilId: string;

  beforeAll(async () => {
    [{ id: pupilId }] = (await t.server.dataSource.query(
      `SELECT p.id FROM pupil p JOIN organisation o ON o.id = p.school_id WHERE o.name = 'Het Baken College' ORDER BY p.pupil_number LIMIT 1`,
    )) as { id: string }[];
  });

  /** `byTime`: the list is ordered by a time, so a sort value that is no time is malformed too (a text key takes any text). */
  const FIELDS: {
    field: string;
    email: string;
    query: string;
    byTime: boolean;
    variables?: () => Record<string, unknown>;
  }[] = [
    {
      field: 'cases',
      email: COORDINATOR,
      byTime: true,
      query: `query($after: String) { cases(after: $after) { edges { cursor } } }`,
    },
    {
      field: 'signals',
      email: COORDINATOR,
      byTime: true,
      query: `query($after: String) { signals(after: $after) { edges { cursor } } }`,
    },
    {
      field: 'myActions',
      email: COORDINATOR,
      byTime: false,
      query: `query($after: String) { myActions(after: $after) { edges { cursor } } }`,
    },
    {
      field: 'openActions',
      email: COORDINATOR,
      byTime: false,
      query: `query($after: String) { openActions(after: $after) { edges { cursor } } }`,
    },
    {
      field: 'meetings',
      email: COORDINATOR,
      byTime: true,
      query: `query($after: String) { meetings(after: $after) { edges { cursor } } }`,
    },
    {
      field: 'notifications',
      email: COORDINATOR,
      byTime: true,
      query: `query($after: String) { notifications(after: $after) { edges { cursor } } }`,
    },
    {
      field: 'pupils',
      email: COORDINATOR,
      byTime: false,
      query: `query($after: String) { pupils(after: $after) { edges { cursor } } }`,
    },
    {
      field: 'auditTrail',
      email: PRIVACY,
      byTime: true,
      query: `query($after: String, $p: ID!) { auditTrail(pupilId: $p, after: $after) { edges { cursor } } }`,
      variables: () => ({ p: pupilId }),
    },
  ];

  describe.each(FIELDS)('on $field', ({ field, email, query, byTime, variables }) => {
    const refused = async (after: string) => {
      const answer = await as(email).query(query, { ...variables?.(), after });
      expect(answer.errors, JSON.stringify(answer)).toHaveLength(1);
      expect(answer.errors![0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'page.cursor',
        params: {},
        field: 'after',
      });
      expect(answer.errors![0].path).toEqual([field]);
      expect(answer.errors![0].message).toMatch(/cursor/);
    };

    it.each(MALFORMED)('answers %s with BAD_USER_INPUT on after', async (_label, after) => refused(after));

    it(
      byTime
        ? 'answers a sort value that is no time with BAD_USER_INPUT on after'
        : 'takes any text as a position in a list ordered by text, without an error',
      async () => {
        const after = cursor(['yesterday-ish', SOME_UUID]);
        if (byTime) await refused(after);
        else ok(await as(email).query(query, { ...variables?.(), after }));
      },
    );

    it('still continues after a cursor it gave out', async () => {
      const first = ok(
        await as(email).query<Record<string, { edges: { cursor: string }[] }>>(query, {
          ...variables?.(),
          after: null,
        }),
      )[field];
      if (first.edges.length === 0) return;
      ok(await as(email).query(query, { ...variables?.(), after: first.edges[0].cursor }));
    });
  });

  it('is refused the same way for a user who sees nothing of the list', async () => {
    const answer = await as(CONSULTANT).query(`query($after: String) { cases(after: $after) { totalCount } }`, {
      after: cursor(['x', SOME_UUID]),
    });
    expect(answer.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'page.cursor',
      params: {},
      field: 'after',
    });
  });
});
