// Shared bench plumbing: a fresh database, the built server, concurrent timing and the report line.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
export const api = (file) => require(path.join(ROOT, 'apps/api/dist', file));
const pg = require('pg');

/** A fresh database on the PostgreSQL server (BENCH_DATABASE_URL, TEST_DATABASE_URL or 127.0.0.1:5432). */
export async function freshDatabase() {
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
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
  console.log(`  ratio p95 measured/floor: ${ratio.toFixed(2)}x (target ≤ ${target}x: ${ratio <= target ? 'met' : 'NOT met'})`);
  return ratio;
}

/**
 * The built server in its own process (as `npm start` runs it), so the load generator in this process
 * does not compete with it for the same thread.
 */
export async function startServerProcess(databaseUrl, env = {}) {
  const port = await freePort();
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, path.join(ROOT, 'apps/api/dist/main.js')], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: databaseUrl, AUTH_SECRET: 'bench-secret-bench-secret-bench-secret!', AUTH_DEV_LOGIN: 'true', LOG_LEVEL: 'warn', ...env },
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
  return { url, close: () => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); }) };
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

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/**
 * POSTs one GraphQL operation over a keep-alive HTTP connection. node:http rather than fetch: the load
 * generator shares the machine with the server and the database, so it should spend as little CPU as it can.
 */
export function graphql(url, query, token) {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString()));
        } catch (error) {
          reject(error);
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function closeClient() {
  agent.destroy();
}
