import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate, type ValidationRule } from 'graphql';
import pino from 'pino';
import { GRAPHQL_LIMITS, graphqlOptions } from './graphql.options';
import { DEFAULT_PAGE_SIZE } from './pagination';
import { LIST_ITEMS_ESTIMATE, QUERY_LIMITS, limitError, queryCost } from './query-cost';
import { testConfig } from '../../../test/support/test-server';

// A recursive schema, so a query can be nested as deep as we like.
const schema = buildSchema('type Node { id: ID, child: Node } type Query { node: Node }');

function nestedQuery(depth: number): string {
  let selection = 'id';
  for (let i = 1; i < depth; i++) selection = `child { ${selection} }`;
  return `{ node { ${selection} } }`;
}

describe('graphql options', () => {
  const options = graphqlOptions(testConfig(), pino({ level: 'silent' }));
  const rules = options.validationRules as ValidationRule[];

  it('accepts a query at the depth limit and refuses one level deeper', () => {
    expect(validate(schema, parse(nestedQuery(GRAPHQL_LIMITS.maxDepth - 1)), rules)).toEqual([]);
    const errors = validate(schema, parse(nestedQuery(GRAPHQL_LIMITS.maxDepth + 1)), rules);
    expect(errors.map((e) => e.message).join()).toMatch(/exceeds maximum operation depth/);
  });

  it('turns introspection and schema hints off in production only', () => {
    const production = graphqlOptions(testConfig({ env: 'production' }), pino({ level: 'silent' }));
    expect([options.introspection, production.introspection]).toEqual([true, false]);
    expect(production.hideSchemaDetailsFromClientErrors).toBe(true);
    expect(production.allowBatchedHttpRequests).toBe(false);
  });
});

describe('query cost', () => {
  const pages = buildSchema(`
    type PageInfo { hasNextPage: Boolean!, endCursor: String }
    type Entry { id: ID!, text: String }
    type Item { id: ID!, entries: [Entry!]!, tags: [String!]! }
    type ItemEdge { cursor: String!, node: Item! }
    type ItemConnection { edges: [ItemEdge!]!, pageInfo: PageInfo!, totalCount: Int! }
    type Query { items(first: Int, after: String): ItemConnection!, item(id: ID!): Item }
  `);
  const cost = (query: string, variables?: Record<string, unknown>) =>
    queryCost(pages, parse(query), undefined, variables);

  it('counts a connection for `first` items (25 when not given), other lists of objects for the estimate, scalar lists once', () => {
    // items 1 + first × (edges 1 + node 1 + id 1)
    expect(cost('{ items(first: 100) { edges { node { id } } } }')).toEqual({ cost: 301, nodes: 100 });
    expect(cost('{ items { edges { node { id } } } }')).toEqual({
      cost: 1 + DEFAULT_PAGE_SIZE * 3,
      nodes: DEFAULT_PAGE_SIZE,
    });
    // entries: 1 + 10 × (id 1); tags: 1
    expect(cost('{ item(id: "1") { entries { id } tags } }')).toEqual({ cost: 1 + 11 + 1, nodes: LIST_ITEMS_ESTIMATE });
    expect(cost('{ items(first: 100) { edges { node { entries { id } } } } }').nodes).toBe(
      100 * (1 + LIST_ITEMS_ESTIMATE),
    );
  });

  it('adds aliases up, and counts a variable (and its default) as execution will', () => {
    const one = cost('{ items(first: 100) { edges { node { id } } } }').cost;
    expect(
      cost('{ a: items(first: 100) { edges { node { id } } } b: items(first: 100) { edges { node { id } } } }').cost,
    ).toBe(2 * one);
    expect(cost('query($n: Int) { items(first: $n) { edges { node { id } } } }', { n: 100 }).cost).toBe(one);
    expect(cost('query($n: Int = 100) { items(first: $n) { edges { node { id } } } }').cost).toBe(one);
  });

  it('names the limit an operation exceeds', () => {
    expect(limitError({ cost: QUERY_LIMITS.maxCost, nodes: QUERY_LIMITS.maxNodes })).toBeNull();
    expect(limitError({ cost: QUERY_LIMITS.maxCost + 1, nodes: 0 })?.message).toMatch(/maxCost/);
    expect(limitError({ cost: 0, nodes: QUERY_LIMITS.maxNodes + 1 })?.message).toMatch(/maxNodes/);
    expect(limitError({ cost: QUERY_LIMITS.maxCost + 1, nodes: 0 })?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
