import { describe, expect, it } from 'vitest';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { SCHEMA_FILE } from '../src/core/graphql/graphql.options';
import { useTestServer } from './support/test-server';

/** apps/api/schema.gql is generated from the code-first types and committed; stale means failing. */
describe('committed GraphQL schema', () => {
  const t = useTestServer();

  it('matches the schema the code generates (update with `vitest -u`)', async () => {
    const { schema } = t.server.app.get(GraphQLSchemaHost);
    const printed = `# Generated from the code-first types by apps/api/test/schema.spec.ts. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
    expect(printed).toContain('type Query');
    await expect(printed).toMatchFileSnapshot(SCHEMA_FILE);
  });
});
