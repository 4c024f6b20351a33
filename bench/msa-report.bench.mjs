// The region's MSA report for 15,000 pupils and 12 census dates: msaReport over GraphQL (auth, the
// census aggregates, suppression, trend and summary, JSON) as the SWV consultant, next to the raw SQL
// aggregate behind it (the floor), plus the PDF download. Target: under 2 s.
import { performance } from 'node:perf_hooks';
import { api, closeClient, freshDatabase, graphql, pool, startServerProcess, stats } from './support/harness.mjs';

const SCHOOLS = 15;
const PUPILS_PER_SCHOOL = 1000;
const CENSUSES = 12;
const RUNS = 20;

const database = await freshDatabase();
const server = await startServerProcess(database.url, { DEMO_ABSENCE: 'false', SCHEDULER_INTERVAL_SECONDS: '0' });
const sql = pool(database.url, 4);
try {
  const { takeCensusIn } = api('modules/report/census.js');
  const {
    rows: [region],
  } = await sql.query(`INSERT INTO region (name) VALUES ('Bench SWV') RETURNING id`);
  const {
    rows: [swv],
  } = await sql.query(
    `INSERT INTO organisation (region_id, name, kind) VALUES ($1, 'Bench SWV', 'PARTNERSHIP') RETURNING id`,
    [region.id],
  );
  const {
    rows: [consultant],
  } = await sql.query(
    `INSERT INTO app_user (region_id, email, name) VALUES ($1, 'consulent@bench.test', 'Bench Consulent') RETURNING id`,
    [region.id],
  );
  await sql.query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'PARTNERSHIP_CONSULTANT')`, [
    consultant.id,
    swv.id,
  ]);
  await sql.query(
    `INSERT INTO organisation (region_id, name, kind, sector) SELECT $1, 'School ' || lpad(n::text, 2, '0'), 'SCHOOL', 'VO' FROM generate_series(1, $2) n`,
    [region.id, SCHOOLS],
  );
  await sql.query(
    `INSERT INTO pupil (region_id, school_id, pupil_number, given_name, family_name, date_of_birth, group_name)
     SELECT $1, o.id, o.name || '-' || n, 'Leerling', n::text, DATE '2012-01-01' + (n % 1500), '2A'
       FROM organisation o CROSS JOIN generate_series(1, $2) n WHERE o.region_id = $1 AND o.kind = 'SCHOOL'`,
    [region.id, PUPILS_PER_SCHOOL],
  );
  // About one pupil in eight gets a case some time in the last year; four in ten are closed again.
  await sql.query(
    `INSERT INTO case_file (region_id, school_id, pupil_id, category, typology, tier, status, outcome, created_by, created_at, updated_at, closed_at, version)
     SELECT $1, p.school_id, p.id,
            (ARRAY['UNAUTHORISED_HOME','AT_RISK_HOME','AT_RISK_HOME','AUTHORISED_EXEMPT',NULL])[1 + (h % 5)],
            (ARRAY['SCHOOL_REFUSAL','SICK','SICK','EXCLUSION','WITHHOLDING','TRUANCY',NULL])[1 + (h % 7)],
            1 + (h % 3),
            CASE WHEN h % 10 < 4 THEN 'CLOSED' ELSE 'OPEN' END,
            CASE WHEN h % 10 < 4 THEN (ARRAY['BACK_TO_OWN_SCHOOL','TO_SPECIAL_EDUCATION','TO_VAVO','EXEMPTION','OTHER'])[1 + (h % 5)] END,
            $2, now() - ((h % 365) || ' days')::interval, now(),
            CASE WHEN h % 10 < 4 THEN now() - ((h % 365) / 3 || ' days')::interval END, 1
       FROM (SELECT p.*, abs(hashtext(p.id::text)) AS h FROM pupil p WHERE p.region_id = $1) p
      WHERE p.h % 8 = 0`,
    [region.id, consultant.id],
  );
  // The censuses as the service takes them (one transaction each), one a month back from today.
  const client = await sql.connect();
  const manager = { query: async (text, params) => (await client.query(text, params)).rows };
  const today = new Date();
  const censusIds = [];
  for (let i = CENSUSES - 1; i >= 0; i--) {
    const date = new Date(today.getTime() - i * 30 * 86_400_000).toISOString().slice(0, 10);
    await client.query('BEGIN');
    censusIds.push(await takeCensusIn(manager, { regionId: region.id, date, takenBy: consultant.id }));
    await client.query('COMMIT');
  }
  client.release();
  await sql.query('ANALYZE');
  const {
    rows: [{ n: frozen }],
  } = await sql.query(`SELECT count(*)::int AS n FROM census_case`);
  const latest = censusIds[censusIds.length - 1];

  const token = (
    await graphql(
      server.url,
      `
        mutation {
          devLogin(email: "consulent@bench.test") {
            token
          }
        }
      `,
    )
  ).data.devLogin.token;
  const cell = 'group count suppressed';
  const table = `rows { schoolId schoolName population cells { ${cell} } total { ${cell} } share } totals { ${cell} } grandTotal { ${cell} } population share`;
  const query = `{ msaReport(censusId: "${latest}") { census { id date } summary trend { date total { ${cell} } share changePercent byCategory { ${cell} } }
    category { ${table} } typology { ${table} } outcome { ${table} } exemptions5a { ${cell} } absoluteAbsence { ${cell} } } }`;
  const viaApi = async () => {
    const result = await graphql(server.url, query, token);
    if (result.errors || result.data.msaReport.trend.length !== CENSUSES)
      throw new Error(JSON.stringify(result.errors ?? 'short trend'));
  };
  const floorSql = `
    SELECT s.census_id, s.school_id, s.population, g.phase, g.category, g.typology, g.outcome, g.n
      FROM census_school s
      LEFT JOIN (SELECT census_id, school_id, phase, category, typology, outcome, count(*) AS n FROM census_case
                  WHERE census_id = ANY($1) GROUP BY 1, 2, 3, 4, 5, 6) g ON g.census_id = s.census_id AND g.school_id = s.school_id
     WHERE s.census_id = ANY($1)`;
  const viaSql = async () => {
    const { rows } = await sql.query(floorSql, [censusIds]);
    if (rows.length === 0) throw new Error('empty floor');
  };
  const pdf = async () => {
    const response = await fetch(`${server.url}/reports/msa/${latest}/pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.status !== 200) throw new Error(`pdf ${response.status}`);
    await response.arrayBuffer();
  };
  const time = async (task) => {
    const latencies = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await task();
      latencies.push(performance.now() - started);
    }
    return stats(latencies);
  };
  await viaApi();
  await viaSql();
  await pdf();
  const floor = await time(viaSql);
  const measured = await time(viaApi);
  const download = await time(pdf);
  const fmt = (s) => `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n=${s.n})`;
  console.log(
    `\nMSA report: ${SCHOOLS * PUPILS_PER_SCHOOL} pupils in ${SCHOOLS} schools, ${CENSUSES} census dates, ${frozen} frozen case rows`,
  );
  console.log(`  measured (msaReport over GraphQL): ${fmt(measured)}`);
  console.log(`  floor (the census aggregate in SQL): ${fmt(floor)}`);
  console.log(`  PDF download:                        ${fmt(download)}`);
  console.log(
    `  ratio p95 measured/floor: ${(measured.p95 / floor.p95).toFixed(2)}x; target under 2 s: ${measured.p95 < 2000 && download.p95 < 2000 ? 'met' : 'NOT met'}`,
  );
} finally {
  closeClient();
  await sql.end();
  await server.close();
  await database.drop();
}
