// Shared bench plumbing: a fresh database, the built server, concurrent timing and the report line.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { serverArgs } from '../../tools/server-command.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
export const api = (file) => require(path.join(ROOT, 'apps/api/dist', file));
const pg = require('pg');

/** A fresh database on the PostgreSQL server (BENCH_DATABASE_URL, TEST_DATABASE_URL or 127.0.0.1:5432). */
export async function freshDatabase() {
  const admin =
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `aanwezig_bench_${randomBytes(4).toString('hex')}`;
  const run = async (sql) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export function pool(url, max = 10) {
  return new pg.Pool({ connectionString: url, max });
}

/** Runs `task` `total` times with `concurrency` at once; returns each call's latency in ms. */
export async function measure(task, { total, concurrency }) {
  const latencies = [];
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started++;
      const t0 = process.hrtime.bigint();
      await task();
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

export function stats(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: at(0.5), p95: at(0.95) };
}

export function report(name, measured, floor, target) {
  const ratio = measured.p95 / floor.p95;
  const fmt = (s) => `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n=${s.n})`;
  console.log(`\n${name}`);
  console.log(`  measured: ${fmt(measured)}`);
  console.log(`  floor:    ${fmt(floor)}`);
  console.log(
    `  ratio p95 measured/floor: ${ratio.toFixed(2)}x (target ≤ ${target}x: ${ratio <= target ? 'met' : 'NOT met'})`,
  );
  return ratio;
}

/**
 * The built server in its own process (as `npm start` runs it), so the load generator in this process
 * does not compete with it for the same thread.
 */
export async function startServerProcess(databaseUrl, env = {}) {
  const port = await freePort();
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, serverArgs(nodeArgs), {
    // Not production: there the server refuses to start with dev login on, and the benches sign in by it
    // (`npm start` runs without NODE_ENV too).
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: 'bench-secret-bench-secret-bench-secret!',
      AUTH_DEV_LOGIN: 'true',
      LOG_LEVEL: 'warn',
      // The scheduled rounds (reminders, then mailing the fresh seed's backlog of notifications, seconds of work
      // right after start) are not what any bench measures: off, as in the tests.
      SCHEDULER_INTERVAL_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    pid: child.pid,
    close: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** A free loopback port. */
export function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Where the CPU went while `task` ran (Linux /proc, in ms per call): the server process, every
 * PostgreSQL process, this load generator, and how busy the whole machine was. Tells whether the
 * server's own thread or the machine is the limit.
 */
export async function cpuPerCall(serverPid, calls, task) {
  const before = cpuSnapshot(serverPid);
  await task();
  const after = cpuSnapshot(serverPid);
  const per = (key) => ((after[key] - before[key]) * 10) / calls; // jiffies are 10 ms
  const busy = (after.machineBusy - before.machineBusy) / (after.machineTotal - before.machineTotal);
  return { server: per('server'), postgres: per('postgres'), generator: per('generator'), machineBusy: busy };
}

export function formatCpu(cpu) {
  return `CPU per request: server ${cpu.server.toFixed(1)} ms, PostgreSQL ${cpu.postgres.toFixed(1)} ms, load generator ${cpu.generator.toFixed(1)} ms; machine ${(cpu.machineBusy * 100).toFixed(0)}% busy`;
}

function cpuSnapshot(serverPid) {
  const ticks = (pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
        .replace(/^.*\) /, '')
        .split(' ');
      return { comm: readFileSync(`/proc/${pid}/comm`, 'utf8').trim(), ticks: Number(fields[11]) + Number(fields[12]) };
    } catch {
      return { comm: '', ticks: 0 }; // the process ended between listing and reading
    }
  };
  let postgres = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const process = ticks(pid);
    if (process.comm === 'postgres') postgres += process.ticks;
  }
  const [, ...machine] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = machine[3] + machine[4];
  const total = machine.slice(0, 8).reduce((a, b) => a + b, 0);
  return {
    server: ticks(serverPid).ticks,
    postgres,
    generator: ticks(process.pid).ticks,
    machineBusy: total - idle,
    machineTotal: total,
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/**
 * POSTs one GraphQL operation over a keep-alive HTTP connection. node:http rather than fetch: the load
 * generator shares the machine with the server and the database, so it should spend as little CPU as it can.
 */
export function graphql(url, query, token) {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString()));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function closeClient() {
  agent.destroy();
}
