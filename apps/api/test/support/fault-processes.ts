import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

/**
 * Real processes for the operator fault tests (docs/operations.md): a private PostgreSQL cluster and a
 * private Redis that a test may stop, kill and start again (never the shared ones), and the built API
 * server as a child process, started as `npm start` and the benches start it, that a test may kill -9.
 */

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../../..');
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it is true, or fails naming `what` after `ms`. */
export async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  ms = 20_000,
  every = 100,
): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    if (Date.now() > deadline) throw new Error(`gave up waiting for: ${what}`);
    await sleep(every);
  }
}

export interface PrivatePostgres {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  createDatabase(name: string): Promise<string>;
  /** `pg_ctl stop`: `fast` ends every session and checkpoints, `immediate` is a crash (recovery on start). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** A PostgreSQL cluster of its own (initdb in a temporary folder, on a free loopback port). */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aanwezig-fault-pg-'));
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: as root, run its binaries as the postgres OS user.
  if (asRoot)
    chownSync(
      dir,
      Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
      Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
    );
  const pgRun = (bin: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, bin), ...args])
      : run(path.join(PG_BIN, bin), args);
  const data = path.join(dir, 'data');
  await pgRun('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  // fsync off: the machine does not crash in these tests, only processes do (the OS keeps the pages).
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const start = async () => {
    await pgRun('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', '-o', options, 'start']);
  };
  await start();
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  let running = true;
  return {
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async stop(mode = 'fast') {
      await pgRun('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async destroy() {
      if (running) await pgRun('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface PrivateRedis {
  url: string;
  /** SIGKILL: Redis is gone at once, every connection cut. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: no persistence). */
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** A redis-server of its own on a free loopback port, without persistence. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await until(`redis-server on port ${port}`, async () => {
      const { stdout } = await run('redis-cli', ['-p', String(port), 'ping']);
      return stdout.trim() === 'PONG';
    });
  };
  const kill = async () => {
    const current = child;
    child = null;
    if (!current || current.exitCode !== null) return;
    await new Promise((resolve) => {
      current.once('exit', resolve);
      current.kill('SIGKILL');
    });
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, kill, start, destroy: kill };
}

/**
 * Builds the API (`nx run @aanwezig/api:build`, cached when nothing changed) so dist/main.js is the code
 * under test. API_PREBUILT=1 uses the dist/ that is there (a build made by hand, or a release's).
 */
export function buildApi(): void {
  if (process.env.API_PREBUILT !== '1') {
    try {
      execFileSync('npx', ['nx', 'run', '@aanwezig/api:build', '--output-style=static'], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`building the API failed:\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`);
    }
  }
  if (!existsSync(path.join(ROOT, 'apps/api/dist/main.js'))) throw new Error('apps/api/dist/main.js was not built');
}

export interface ApiProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Everything the process wrote (JSON log lines), for failure messages. */
  output(): string;
  alive(): boolean;
  /** kill -9: no shutdown hooks, open transactions cut off mid-way. */
  kill9(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

export const FAULT_SECRET = 'fault-secret-fault-secret-fault-secret!!';

/** The built server in its own process, as `npm start` runs it (tools/server-command.mjs), ready when /health answers. */
export async function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  // The server is started exactly as `npm start` starts it (tools/, outside any Nx project; an ES module).
  // eslint-disable-next-line @nx/enforce-module-boundaries
  const { serverArgs } = await import('../../../../tools/server-command.mjs');
  const child = spawn(process.execPath, serverArgs(), {
    cwd: ROOT,
    env: {
      ...process.env,
      // Not production: there the server refuses to start with dev login on, and these tests sign in by it
      // (`npm start` runs without NODE_ENV too).
      NODE_ENV: 'development',
      PORT: String(port),
      AUTH_SECRET: FAULT_SECRET,
      AUTH_DEV_LOGIN: 'true',
      DEMO_ABSENCE: 'false',
      LOG_LEVEL: 'warn',
      SCHEDULER_INTERVAL_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const alive = () => child.exitCode === null && child.signalCode === null;
  for (let waited = 0; ; waited += 200) {
    if (!alive()) throw new Error(`the API exited with ${child.exitCode ?? child.signalCode}:\n${output}`);
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (waited > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`the API on port ${port} did not answer /health within a minute:\n${output}`);
    }
    await sleep(200);
  }
  return {
    url,
    pid: child.pid!,
    child,
    output: () => output,
    alive,
    async kill9() {
      if (!alive()) return;
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!alive()) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface GraphQLAnswer<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** One GraphQL operation over HTTP; a refused connection or a cut-off answer comes back as `transport` error. */
export async function graphqlAt<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer<T> & { transport?: string }> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    return (await response.json()) as GraphQLAnswer<T>;
  } catch (error) {
    return { transport: (error as Error).message };
  }
}

export async function devLogin(url: string, email: string): Promise<string> {
  const answer = await graphqlAt<{ devLogin: { token: string } }>(
    url,
    'mutation($e: String!) { devLogin(email: $e) { token } }',
    { e: email },
  );
  if (!answer.data?.devLogin) throw new Error(`login as ${email} failed: ${JSON.stringify(answer)}`);
  return answer.data.devLogin.token;
}
