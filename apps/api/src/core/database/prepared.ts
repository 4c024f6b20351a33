import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const names = new Map<string, string>();

/** A statement name per SQL text (PostgreSQL names are at most 63 bytes). */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `s_${createHash('sha1').update(text).digest('hex')}`;
    // Texts are built from code and the ability's shape, never from values: the map stays small.
    if (names.size < 1000) names.set(text, name);
  }
  return name;
}

/**
 * Runs a statement of the hot path (every request's actor, a page of cases, its audit rows) as a named
 * prepared statement: each pooled connection parses it once and PostgreSQL may keep a generic plan,
 * instead of planning the same text on every request (a page of cases spent about a fifth of its
 * database time planning). Inside a transaction it uses that transaction's connection.
 */
export async function preparedQuery<Row>(manager: EntityManager, text: string, values: unknown[]): Promise<Row[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const client = (await runner.connect()) as PgClient;
    return (await client.query({ name: statementName(text), text, values })).rows as Row[];
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}
