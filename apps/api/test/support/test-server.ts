import { afterAll, beforeAll, inject } from 'vitest';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startServer, type RunningServer } from '../../src/core/bootstrap';
import type { AppConfig } from '../../src/core/config/config';
import { createFreshDatabase, type FreshDatabase, type TestDatabaseChoice } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

export interface TestServer {
  url: string;
  server: RunningServer;
  database: FreshDatabase;
  /** POST one GraphQL operation over real HTTP. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** devLogin as a demo user; returns the bearer token. */
  login(email: string): Promise<string>;
  close(): Promise<void>;
}

export const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    env: 'test',
    port: 0,
    dataDir: '/nonexistent-test-data-dir',
    demoData: true,
    demoAbsence: false,
    devLogin: true,
    authSecret: TEST_SECRET,
    tokenTtl: '1h',
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Tests run the scheduled jobs themselves; mail goes to a folder of this test run.
    schedulerIntervalSeconds: 0,
    mailOutboxDir: path.join(os.tmpdir(), `aanwezig-test-outbox-${process.pid}-${randomUUID()}`),
    appUrl: 'http://aanwezig.test',
    ...overrides,
  };
}

export interface TestDatabaseOptions {
  /** Which database (default: the run's choice); a test that must hold on both kinds names each. */
  choice?: TestDatabaseChoice;
  /** Shortens how long an unused pooled connection stays open (tests of idleness). */
  idleTimeoutMillis?: number;
}

/** A real server on a random port, over a fresh database with all migrations and the demo seed. */
export async function startTestServer(
  overrides: Partial<AppConfig> = {},
  options: TestDatabaseOptions = {},
): Promise<TestServer> {
  const fresh = await createFreshDatabase(options.choice ?? inject('testDatabase'));
  const database: FreshDatabase =
    options.idleTimeoutMillis === undefined ? fresh : { ...fresh, idleTimeoutMillis: options.idleTimeoutMillis };
  const config = testConfig(overrides);
  let server: RunningServer;
  try {
    server = await startServer(config, { database, logger: pino({ level: config.logLevel }) });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const graphql = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
  return {
    url: server.url,
    server,
    database,
    graphql,
    async login(email) {
      const result = await graphql<{ devLogin: { token: string } }>(
        'mutation($email: String!) { devLogin(email: $email) { token } }',
        { email },
      );
      if (!result.data?.devLogin) throw new Error(`login as ${email} failed: ${JSON.stringify(result.errors)}`);
      return result.data.devLogin.token;
    },
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

/**
 * Starts a test server before the suite's tests and closes it after them; use the result as a
 * TestServer inside tests and later hooks.
 */
export function useTestServer(overrides: Partial<AppConfig> = {}): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(overrides);
  });
  afterAll(async () => {
    await started?.close();
  });
  return new Proxy({} as TestServer, {
    get(_target, key: keyof TestServer) {
      if (!started) throw new Error('the test server is not started yet: use it inside tests or hooks');
      return started[key];
    },
  });
}
