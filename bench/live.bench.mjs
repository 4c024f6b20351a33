// Live meeting fan-out: 500 socket.io clients connected to the API, 30 of them in one meeting room. The
// chair moves the meeting to an agenda item (moveChair over GraphQL: auth, a row lock and an UPDATE,
// commit, then the event) and every one of the 30 receives CHAIR_MOVED; latency is from sending the
// mutation to each receipt. Floor, in the same run: a bare socket.io server in its own process that
// broadcasts to a room of 30 among 500 clients (no auth, no database). Target: p95 under 50 ms.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeClient, freePort, freshDatabase, graphql, pool, startServerProcess, stats } from './support/harness.mjs';

const require = createRequire(import.meta.url);
const { io: connect } = require('socket.io-client');

const CLIENTS = 500;
const IN_ROOM = 30;
const TRIGGERS = 200;
const WARMUP = 20;

const database = await freshDatabase();
const server = await startServerProcess(database.url, { DEMO_ABSENCE: 'false', SCHEDULER_INTERVAL_SECONDS: '0' });
const sql = pool(database.url, 2);
const echoPort = await freePort();
const echo = fork(path.join(import.meta.dirname, 'support/echo-server.mjs'), [String(echoPort)], { stdio: 'inherit' });
await new Promise((resolve) => echo.once('message', resolve));
const sockets = [];
try {
  const {
    rows: [meeting],
  } = await sql.query(
    `SELECT m.id, (SELECT array_agg(ai.id ORDER BY ai.position) FROM agenda_item ai WHERE ai.meeting_id = m.id) AS items
       FROM meeting m JOIN organisation o ON o.id = m.organisation_id
      WHERE o.name = 'Het Baken College' AND m.status = 'PLANNED' ORDER BY m.starts_at LIMIT 1`,
  );
  if (!meeting.items?.length) throw new Error('the demo meeting has no agenda items');
  const { rows: users } = await sql.query(`SELECT email FROM app_user ORDER BY email`);
  const token = async (email) =>
    (await graphql(server.url, `mutation { devLogin(email: "${email}") { token } }`)).data.devLogin.token;
  const tokens = Object.fromEntries(await Promise.all(users.map(async ({ email }) => [email, await token(email)])));
  // Who may be in a Baken meeting room: the school's coordinators and leader (its participants could too).
  const roomUsers = ['verzuim@baken.demo.test', 'zorg@baken.demo.test', 'directie@baken.demo.test'];

  const open = (url, auth) =>
    new Promise((resolve, reject) => {
      const socket = connect(url, { auth, transports: ['websocket'], forceNew: true, reconnection: false });
      sockets.push(socket);
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });

  async function fanOut(label, url, authFor, join, trigger) {
    const room = [];
    for (let i = 0; i < CLIENTS; i++) {
      const socket = await open(url, authFor(i));
      if (i < IN_ROOM) {
        const answer = await join(socket);
        if (!answer?.ok) throw new Error(`${label}: join refused: ${JSON.stringify(answer)}`);
        room.push(socket);
      }
    }
    await new Promise((r) => setTimeout(r, 500)); // presence announcements settle
    const latencies = [];
    for (let n = 0; n < WARMUP + TRIGGERS; n++) {
      const started = performance.now();
      const received = room.map(
        (socket) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`${label}: event ${n} not received within 5 s`)), 5000);
            const listener = (event) => {
              if (event.kind !== 'CHAIR_MOVED') return;
              clearTimeout(timer);
              socket.off('change', listener);
              resolve(performance.now() - started);
            };
            socket.on('change', listener);
          }),
      );
      await trigger(n);
      const times = await Promise.all(received);
      if (n >= WARMUP) latencies.push(...times);
    }
    for (const socket of sockets.splice(0)) socket.close();
    return stats(latencies);
  }

  const floor = await fanOut(
    'floor',
    `http://127.0.0.1:${echoPort}`,
    () => ({}),
    (socket) => socket.timeout(5000).emitWithAck('join', `meeting:${meeting.id}`),
    async () =>
      sockets[0].emit('echo', { room: `meeting:${meeting.id}`, event: { kind: 'CHAIR_MOVED', meetingId: meeting.id } }),
  );
  const measured = await fanOut(
    'api',
    server.url,
    (i) => ({ token: i < IN_ROOM ? tokens[roomUsers[i % roomUsers.length]] : tokens[users[i % users.length].email] }),
    (socket) => socket.timeout(5000).emitWithAck('join', { kind: 'meeting', id: meeting.id }),
    async (n) => {
      const item = meeting.items[n % meeting.items.length];
      const result = await graphql(
        server.url,
        `mutation { moveChair(meetingId: "${meeting.id}", agendaItemId: "${item}") { id } }`,
        tokens['verzuim@baken.demo.test'],
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    },
  );

  const fmt = (s) => `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n=${s.n})`;
  console.log(
    `\nlive fan-out: ${IN_ROOM} participants in one meeting room, ${CLIENTS} clients connected, ${TRIGGERS} chair moves`,
  );
  console.log(`  measured (moveChair over GraphQL → CHAIR_MOVED at each participant): ${fmt(measured)}`);
  console.log(`  floor (bare socket.io broadcast to the room):                        ${fmt(floor)}`);
  console.log(
    `  ratio p95 measured/floor: ${(measured.p95 / floor.p95).toFixed(2)}x; target p95 < 50 ms: ${measured.p95 < 50 ? 'met' : 'NOT met'}`,
  );
} finally {
  for (const socket of sockets) socket.close();
  closeClient();
  echo.kill();
  await sql.end();
  await server.close();
  await database.drop();
}
