import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate, type ValidationRule } from 'graphql';
import pino from 'pino';
import { GRAPHQL_LIMITS, graphqlOptions } from './graphql.options';
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
