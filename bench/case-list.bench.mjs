// The Het Baken coordinator's case list: 50 cases with pupil, open actions and next meeting, through
// GraphQL over HTTP at 20 concurrent clients, next to the raw SQL for the same rows (the floor) at the
// same concurrency, measured in the same run. Target: p95 within 3x the floor.
import { topUpCases } from './support/cases.mjs';
import {
  closeClient,
  cpuPerCall,
  formatCpu,
  freshDatabase,
  graphql,
  measure,
  pool,
  report,
  startServerProcess,
  stats,
} from './support/harness.mjs';

const CONCURRENCY = 20;
const TOTAL = 600;
const PAGE = 50;
const WARM_UP = 6000;

const database = await freshDatabase();
const server = await startServerProcess(database.url);
const sql = pool(database.url);
try {
  const [{ id: baken }] = (await sql.query(`SELECT id FROM organisation WHERE name = 'Het Baken College'`)).rows;
  await topUpCases(sql, baken, 60);
  await sql.query('ANALYZE');

  const login = await graphql(
    server.url,
    `
      mutation {
        devLogin(email: "verzuim@baken.demo.test") {
          token
        }
      }
    `,
  );
  const token = login.data.devLogin.token;
  const query = `{ cases(first: ${PAGE}) { edges { node { id pupil { displayName groupName } category typology tier status
    openActionCount openActions { title dueDate overdue owner { name } } nextMeeting { title startsAt } } } } }`;
  const viaApi = async () => {
    const result = await graphql(server.url, query, token);
    if (result.errors || result.data.cases.edges.length !== PAGE)
      throw new Error(JSON.stringify(result.errors ?? 'short page'));
  };
  // The same rows as directly as SQL can give them: the page first, then its open actions and next
  // meetings aggregated for the whole page at once (set-based; per-row correlated sub-selects cost
  // PostgreSQL about twice as much).
  const floorSql = `
    WITH page AS MATERIALIZED (
      SELECT c.id, c.pupil_id, c.category, c.typology, c.tier, c.status, c.updated_at FROM case_file c
       WHERE c.school_id = $1 AND c.status IN ('OPEN', 'MONITORING')
       ORDER BY c.updated_at DESC, c.id DESC LIMIT ${PAGE}
    ), actions AS (
      SELECT a.case_id, json_agg(json_build_object('title', a.title, 'due', a.due_date, 'owner', u.name) ORDER BY a.due_date) AS actions
        FROM case_action a JOIN app_user u ON u.id = a.owner_user_id
       WHERE a.case_id IN (SELECT id FROM page) AND a.status = 'OPEN' GROUP BY a.case_id
    ), meetings AS (
      SELECT DISTINCT ON (ai.case_id) ai.case_id, json_build_object('title', m.title, 'starts', m.starts_at) AS next_meeting
        FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
       WHERE ai.case_id IN (SELECT id FROM page) AND m.status = 'PLANNED' AND m.starts_at >= now()
       ORDER BY ai.case_id, m.starts_at
    )
    SELECT c.id, p.given_name, p.family_name, p.group_name, c.category, c.typology, c.tier, c.status, a.actions, mt.next_meeting
      FROM page c JOIN pupil p ON p.id = c.pupil_id
      LEFT JOIN actions a ON a.case_id = c.id LEFT JOIN meetings mt ON mt.case_id = c.id
     ORDER BY c.updated_at DESC, c.id DESC`;
  const viaSql = async () => {
    const { rows } = await sql.query(floorSql, [baken]);
    if (rows.length !== PAGE) throw new Error('short floor page');
  };

  // Steady state, not start-up: V8 optimises the server's hot paths only after some hundreds of pages
  // (after 60, the next 600 cost a third more server CPU than the 600 after those). Both sides warm alike.
  await measure(viaApi, { total: WARM_UP, concurrency: CONCURRENCY });
  await measure(viaSql, { total: WARM_UP, concurrency: CONCURRENCY });
  let floor, measured;
  const floorCpu = await cpuPerCall(
    server.pid,
    TOTAL,
    async () => (floor = stats(await measure(viaSql, { total: TOTAL, concurrency: CONCURRENCY }))),
  );
  const apiCpu = await cpuPerCall(
    server.pid,
    TOTAL,
    async () => (measured = stats(await measure(viaApi, { total: TOTAL, concurrency: CONCURRENCY }))),
  );
  report(
    `case list: ${PAGE} cases with pupil, open actions and next meeting, ${CONCURRENCY} concurrent clients (PostgreSQL server)`,
    measured,
    floor,
    3,
  );
  console.log(`  measured ${formatCpu(apiCpu)}`);
  console.log(`  floor    ${formatCpu(floorCpu)}`);
} finally {
  closeClient();
  await sql.end();
  await server.close();
  await database.drop();
}
