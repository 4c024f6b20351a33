// The leerplichtambtenaar's signals inbox as the web asks for it (issue 21): a page of 50 new legal-route
// signals, filtered by route, with the total count, the pupil, the unit and the link to the pupil's case,
// through GraphQL over HTTP at 10 concurrent clients; next to the raw SQL for the same page and count (the
// floor: the access condition written out by hand, the pupil join, the count), measured in the same run.
// Target: p95 within 3x the floor.
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

const CONCURRENCY = 10;
const TOTAL = 600;
const PAGE = 50;
const WARM_UP = 3000;

const database = await freshDatabase();
const server = await startServerProcess(database.url);
const sql = pool(database.url);
try {
  await sql.query('ANALYZE');
  const login = await graphql(
    server.url,
    `
      mutation {
        devLogin(email: "leerplicht@kustland.demo.test") {
          token
        }
      }
    `,
  );
  const token = login.data.devLogin.token;
  const query = `{ signals(first: ${PAGE}, route: LEGAL) { totalCount edges { node { id rule route label value unit
    crossedOn raisedAt reportDue status pupilCaseId pupil { id displayName } } } } }`;
  const first = await graphql(server.url, query, token);
  if (first.errors) throw new Error(JSON.stringify(first.errors));
  const total = first.data.signals.totalCount;
  const expected = Math.min(PAGE, total);
  const viaApi = async () => {
    const result = await graphql(server.url, query, token);
    if (result.errors || result.data.signals.edges.length !== expected)
      throw new Error(JSON.stringify(result.errors ?? 'short page'));
  };

  // The leerplichtambtenaar reads legal-route signals of the region's pupils who live in their municipality.
  const [{ region_id: regionId, organisation_id: municipality }] = (
    await sql.query(
      `SELECT o.region_id, m.organisation_id FROM app_user u JOIN membership m ON m.user_id = u.id
         JOIN organisation o ON o.id = m.organisation_id WHERE u.email = 'leerplicht@kustland.demo.test'`,
    )
  ).rows;
  const floorSql = `
    WITH visible AS MATERIALIZED (
      SELECT s.* FROM signal s JOIN pupil p ON p.id = s.pupil_id
       WHERE s.region_id = $1 AND s.route = 'LEGAL' AND p.residence_municipality_id = $2
         AND s.withdrawn_at IS NULL AND s.status = 'NEW'
    )
    SELECT v.id, v.rule_key, v.route, v.value, v.crossed_on, v.raised_at, v.report_due, v.status,
           COALESCE(v.case_id, (SELECT c.id FROM case_file c WHERE c.pupil_id = v.pupil_id
                                  AND c.status IN ('OPEN', 'MONITORING') LIMIT 1)) AS case_id,
           p.given_name, p.family_name, (SELECT count(*) FROM visible) AS total
      FROM visible v JOIN pupil p ON p.id = v.pupil_id
     ORDER BY date_trunc('milliseconds', v.raised_at) DESC, v.id DESC LIMIT ${PAGE}`;
  const viaSql = async () => {
    const { rows } = await sql.query(floorSql, [regionId, municipality]);
    if (rows.length !== expected || Number(rows[0].total) !== total) throw new Error('floor disagrees');
  };

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
    `signals inbox: ${expected} of ${total} new legal-route signals with count, pupil, unit and case link, ${CONCURRENCY} concurrent clients`,
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
