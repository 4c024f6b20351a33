import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/core/database/data-source';
import { startEmbeddedPostgres } from '../../src/core/database/embedded-postgres';

export type TestDatabaseKind = 'server' | 'embedded';

/** Where the tests' databases come from, decided once per run by the global setup. */
export interface TestDatabaseChoice {
  kind: TestDatabaseKind;
  /** Administrative URL of the server (kind 'server'): fresh databases are created through it. */
  adminUrl?: string;
}

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * TEST_DATABASE_URL, else a server at 127.0.0.1:5432 if it answers, else the embedded PGlite.
 * TEST_DATABASE=embedded forces PGlite (to run the whole suite on the embedded database).
 */
export async function chooseTestDatabase(env = process.env): Promise<TestDatabaseChoice> {
  if (env.TEST_DATABASE === 'embedded') return { kind: 'embedded' };
  if (env.TEST_DATABASE_URL) return { kind: 'server', adminUrl: env.TEST_DATABASE_URL };
  if (await answers(LOCAL_SERVER)) return { kind: 'server', adminUrl: LOCAL_SERVER };
  return { kind: 'embedded' };
}

export async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface FreshDatabase extends DatabaseTarget {
  kind: TestDatabaseKind;
  drop(): Promise<void>;
}

/** A new, empty database for one test file: its own database on the server, or its own in-memory PGlite. */
export async function createFreshDatabase(choice: TestDatabaseChoice): Promise<FreshDatabase> {
  if (choice.kind === 'embedded') {
    const embedded = await startEmbeddedPostgres();
    return { kind: 'embedded', ...embedded.target, drop: () => embedded.stop() };
  }
  const adminUrl = choice.adminUrl!;
  const name = `aanwezig_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'server',
    url: url.toString(),
    embedded: false,
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
