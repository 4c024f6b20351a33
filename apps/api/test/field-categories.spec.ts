import { describe, expect, it } from 'vitest';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType } from 'graphql';
import { FIELD_CATEGORIES } from '@aanwezig/authz';
import { useTestServer } from './support/test-server';

/**
 * Deny by default, proven against the real schema: every field of every type that carries pupil data
 * has a category in libs/authz, and every type with a `shielded` list is covered.
 */
describe('field categories', () => {
  const t = useTestServer();

  it('covers exactly the fields of each masked type', () => {
    const { schema } = t.server.app.get(GraphQLSchemaHost);
    for (const [typeName, categories] of Object.entries(FIELD_CATEGORIES)) {
      const type = schema.getType(typeName);
      expect(type && isObjectType(type), typeName).toBe(true);
      if (!type || !isObjectType(type)) continue;
      expect(Object.keys(type.getFields()).sort(), typeName).toEqual(Object.keys(categories).sort());
    }
  });

  it('covers every type that can shield a field', () => {
    const { schema } = t.server.app.get(GraphQLSchemaHost);
    const shielding = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && 'shielded' in type.getFields())
      .map((type) => type.name)
      .sort();
    expect(shielding).toEqual(
      Object.keys(FIELD_CATEGORIES)
        .filter((name) => 'shielded' in FIELD_CATEGORIES[name as keyof typeof FIELD_CATEGORIES])
        .sort(),
    );
  });
});
