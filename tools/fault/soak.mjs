// Operator fault (6), the soak run: mixed traffic in bursts with idle gaps longer than every pool and
// keep-alive timeout (pg pool idle 10 s, Node's HTTP keep-alive 5 s, socket.io ping 25 s + 20 s), against
// the built server in its own process on a fresh database. Reports the server's RSS after warm-up and at
// the end, and the ratio; fails (exit 1) on any failed request or live event that did not arrive.
// `npm run fault:soak`; SOAK_ROUNDS (default 5) and SOAK_IDLE_SECONDS (default 35) bound the run.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { closeClient, freshDatabase, graphql, pool, startServerProcess } from '../../bench/support/harness.mjs';

const require = createRequire(path.join(import.meta.dirname, '../../apps/api/package.json'));
const { io } = require('socket.io-client');

const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 5);
const IDLE_SECONDS = Number(process.env.SOAK_IDLE_SECONDS ?? 35);
const REQUESTS_PER_ROUND = 300;

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

const database = await freshDatabase();
const server = await startServerProcess(database.url, { DEMO_ABSENCE: 'false' });
const sql = pool(database.url, 2);
let failures = 0;
try {
  const login = async (email) =>
    (await graphql(server.url, `mutation { devLogin(email: "${email}") { token } }`)).data.devLogin.token;
  const token = await login('verzuim@baken.demo.test');
  const [{ id: userId }] = (await sql.query(`SELECT id FROM app_user WHERE email = 'verzuim@baken.demo.test'`)).rows;
  const [{ id: caseId }] = (
    await sql.query(
      `SELECT c.id FROM case_file c JOIN organisation o ON o.id = c.school_id WHERE o.name = 'Het Baken College' AND c.status = 'OPEN' ORDER BY c.id LIMIT 1`,
    )
  ).rows;
  const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const socket = io(server.url, { auth: { token }, transports: ['websocket'] });
  const events = [];
  socket.on('change', (event) => events.push(event));
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  socket.io.on('reconnect', () => socket.emit('join', { kind: 'case', id: caseId }));
  await socket.timeout(5000).emitWithAck('join', { kind: 'case', id: caseId });

  const operations = [
    () =>
      graphql(
        server.url,
        `
          {
            me {
              id
            }
          }
        `,
        token,
      ),
    () =>
      graphql(
        server.url,
        `
          {
            cases(first: 25) {
              edges {
                node {
                  id
                  status
                  pupil {
                    displayName
                  }
                }
              }
            }
          }
        `,
        token,
      ),
    () =>
      graphql(
        server.url,
        `
          {
            notifications(first: 10) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        token,
      ),
    () =>
      graphql(
        server.url,
        `mutation { createAction(input: { caseId: "${caseId}", title: "soak", ownerId: "${userId}", dueDate: "${due}" }) { id } }`,
        token,
      ),
  ];
  const burst = async (round) => {
    let n = 0;
    const worker = async () => {
      while (n < REQUESTS_PER_ROUND) {
        const op = operations[n++ % operations.length];
        const answer = await op().catch((error) => ({ errors: [{ message: error.message }] }));
        if (answer.errors) {
          failures++;
          console.error(`round ${round}: ${JSON.stringify(answer.errors)}`);
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    // The live path after the idle gap: one write, its event on the long-idle socket.
    const before = events.length;
    await operations[3]();
    for (let i = 0; i < 50 && events.length === before; i++) await sleep(100);
    if (events.length === before) {
      failures++;
      console.error(`round ${round}: no live event after the write`);
    }
  };

  await burst('warm-up');
  const start = rssMb(server.pid);
  console.log(
    `soak: ${ROUNDS} rounds of ${REQUESTS_PER_ROUND} requests, ${IDLE_SECONDS} s idle between them; RSS after warm-up ${start.toFixed(0)} MB`,
  );
  let end = start;
  const samples = [];
  for (let round = 1; round <= ROUNDS; round++) {
    await sleep(IDLE_SECONDS * 1000);
    await burst(round);
    end = rssMb(server.pid);
    samples.push(end);
    console.log(`  round ${round}: RSS ${end.toFixed(0)} MB, failures so far ${failures}`);
  }
  console.log(
    `soak: RSS start ${start.toFixed(0)} MB, end ${end.toFixed(0)} MB, ratio ${(end / start).toFixed(2)} (rounds between ${Math.min(...samples).toFixed(0)} and ${Math.max(...samples).toFixed(0)} MB); failed requests or events: ${failures}`,
  );
  socket.close();
} finally {
  closeClient();
  await sql.end();
  await server.close();
  await database.drop();
}
process.exit(failures === 0 ? 0 : 1);
