import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/core/database/embedded-postgres';
import { startTestServer, type TestServer } from './support/test-server';
import { COORDINATOR, ok } from './support/graphql-helpers';
import type { TestDatabaseChoice } from './support/test-database';

/**
 * The embedded database must behave like a server across idleness and reconnects: each connection is
 * a session of its own, whatever the previous connection left behind.
 */
const choices: TestDatabaseChoice[] = [{ kind: 'embedded' }];
if (inject('testDatabase').kind === 'server') choices.push(inject('testDatabase'));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const IDLE_MS = 150;

describe.each(choices.map((c) => [c.kind, c] as const))('a server on the %s database', (_kind, choice) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({}, { choice, idleTimeoutMillis: IDLE_MS });
  });
  afterAll(async () => t?.close());

  it('answers after idling longer than the pool keeps a connection open, again and again', async () => {
    const token = await t.login(COORDINATOR);
    const page = `{ cases(first: 5) { totalCount edges { node { id pupil { displayName } } } } }`;
    const first = ok(await t.graphql<{ cases: { totalCount: number } }>(page, {}, token));
    expect(first.cases.totalCount).toBeGreaterThan(0);
    for (let round = 0; round < 3; round++) {
      await sleep(IDLE_MS * 4);
      // The pool has closed its idle connection: these run on a new one, with the hot path's prepared statements.
      expect(pool(t).totalCount).toBe(0);
      const again = ok(await t.graphql<{ cases: { totalCount: number } }>(page, {}, token));
      expect(again.cases.totalCount).toBe(first.cases.totalCount);
      ok(await t.graphql(`{ me { id } myActions(first: 3) { totalCount } }`, {}, token));
    }
  });
});

const pool = (t: TestServer) => (t.server.dataSource.driver as unknown as { master: pg.Pool }).master;

describe('the embedded database, connection by connection', () => {
  let embedded: EmbeddedPostgres;
  const client = () => new pg.Client({ connectionString: embedded.target.url, stream: embedded.target.stream });
  const inSession = async <T>(work: (c: pg.Client) => Promise<T>): Promise<T> => {
    const c = client();
    await c.connect();
    try {
      return await work(c);
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres();
    await inSession((c) => c.query('CREATE TABLE note (text text)'));
  });
  afterAll(async () => embedded?.stop());

  it("starts each connection without the previous one's prepared statements, settings, temporary tables or locks", async () => {
    await inSession(async (c) => {
      await c.query({ name: 'same_name', text: 'SELECT 1 AS one', values: [] });
      await c.query(`SET statement_timeout = '1234ms'`);
      await c.query('CREATE TEMP TABLE scratch (x int)');
      await c.query('SELECT pg_advisory_lock(42)');
    });
    const after = await inSession(async (c) => {
      // Preparing the same name again fails on a session that still holds it.
      await c.query({ name: 'same_name', text: 'SELECT 2 AS one', values: [] });
      const { rows } = await c.query(
        `SELECT current_setting('statement_timeout') AS timeout, to_regclass('pg_temp.scratch') AS scratch,
                (SELECT count(*)::int FROM pg_locks WHERE locktype = 'advisory') AS locks,
                (SELECT count(*)::int FROM pg_prepared_statements) AS prepared`,
      );
      return rows[0];
    });
    expect(after).toEqual({ timeout: '0', scratch: null, locks: 0, prepared: 1 });
  });

  it('rolls back what a connection that went away left open, its open transaction included', async () => {
    const open = client();
    await open.connect();
    await open.query('BEGIN');
    await open.query(`INSERT INTO note VALUES ('in a transaction')`);
    (open as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await new Promise((resolve) => open.once('error', resolve).once('end', resolve));

    const notes = await inSession(async (c) => (await c.query('SELECT text FROM note')).rows);
    expect(notes).toEqual([]);
    const inTransaction = await inSession(
      async (c) => (await c.query(`SELECT now() = statement_timestamp() AS fresh`)).rows[0],
    );
    expect(inTransaction).toEqual({ fresh: true });
  });

  it('lets a second connection wait its turn instead of sharing the session', async () => {
    const first = client();
    await first.connect();
    await first.query('BEGIN');
    await first.query(`INSERT INTO note VALUES ('first')`);
    const second = inSession(async (c) => (await c.query('SELECT count(*)::int AS n FROM note')).rows[0].n as number);
    await sleep(100);
    await first.query('ROLLBACK');
    await first.end();
    // Had it shared the open transaction, it would have counted the uncommitted row.
    expect(await second).toBe(0);
  });

  it('opens no network port: only this process can reach it', async () => {
    const before = listeningSocketsOfThisProcess();
    const another = await startEmbeddedPostgres();
    try {
      const c = new pg.Client({ connectionString: another.target.url, stream: another.target.stream });
      await c.connect();
      expect((await c.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      expect(listeningSocketsOfThisProcess()).toEqual(before);
      await c.end();
    } finally {
      await another.stop();
    }
  });
});

/** The inodes of TCP sockets this process listens on (Linux /proc). */
function listeningSocketsOfThisProcess(): string[] {
  const mine = new Set(
    readdirSync('/proc/self/fd')
      .map((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`);
        } catch {
          return '';
        }
      })
      .filter((link) => link.startsWith('socket:['))
      .map((link) => link.slice(8, -1)),
  );
  const listening = ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[3] === '0A')
      .map((cols) => cols[9]),
  );
  return listening.filter((inode) => mine.has(inode)).sort();
}
