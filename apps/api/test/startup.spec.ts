import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { startServer } from '../src/core/bootstrap';
import { ConfigError } from '../src/core/config/config';
import { DatabaseUnreachableError } from '../src/core/database/data-source';
import { DEMO_USERS } from '../src/database/seed/demo-region.data';
import { testConfig, useTestServer } from './support/test-server';

const silent = pino({ level: 'silent' });

describe('starting with a database that cannot be reached', () => {
  it.each([
    ['an unknown host', 'postgres://nowhere/aanwezig'],
    ['a closed port', 'postgres://postgres:secret@127.0.0.1:1/aanwezig'],
  ])(
    'fails with a message naming the database (%s), without the password',
    async (_label, url) => {
      const attempt = startServer(testConfig({ databaseUrl: url }), { logger: silent });
      await expect(attempt).rejects.toThrow(DatabaseUnreachableError);
      await expect(attempt).rejects.toThrow(/Cannot connect to the database at postgres:\/\//);
      await expect(attempt).rejects.not.toThrow(/secret/);
    },
    10_000,
  );
});

describe('dev login in production', () => {
  it('stops the start with one line naming AUTH_DEV_LOGIN, before anything is opened', async () => {
    const attempt = startServer(
      testConfig({ env: 'production', devLogin: true, databaseUrl: 'postgres://nowhere/aanwezig' }),
      { logger: silent },
    );
    await expect(attempt).rejects.toThrow(ConfigError);
    await expect(attempt).rejects.toThrow(
      /AUTH_DEV_LOGIN: sign-in by e-mail alone is refused when NODE_ENV=production/,
    );
  });
});

describe('the embedded database under DATA_DIR', () => {
  it('keeps its data across restarts and seeds only once', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'aanwezig-embedded-'));
    const config = testConfig({ dataDir });
    const first = await startServer(config, { logger: silent });
    const count = async (s: typeof first) =>
      Number((await s.dataSource.query('SELECT count(*) AS n FROM app_user'))[0].n);
    const users = await count(first);
    await first.close();
    const second = await startServer(config, { logger: silent });
    try {
      expect(users).toBe(DEMO_USERS.length);
      expect(await count(second)).toBe(DEMO_USERS.length);
    } finally {
      await second.close();
    }
  }, 60_000);
});

describe('/health', () => {
  const t = useTestServer();

  it('answers 200 with the database up', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 503 when the database is gone', async () => {
    await t.server.dataSource.destroy();
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', database: 'down' });
  });
});
