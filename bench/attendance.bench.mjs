// Attendance at region scale: 15,000 VO pupils with a school year of lesson-hour registrations (about a
// million rows). (1) The full re-evaluation of every protocol rule for every pupil (the nightly run's
// query), next to a single SQL aggregate over the same rows. (2) A day's import of 15,000 rows, one file
// per school over GraphQL with its evaluation, next to one INSERT of the same rows plus one aggregate over
// those pupils' year. Targets: re-evaluation under 10 s and within 3x its floor; the day's import under 3 s.
import { createRequire } from 'node:module';
import { api, closeClient, freshDatabase, graphql, pool, startServerProcess } from './support/harness.mjs';

const SCHOOLS = 15;
const PUPILS_PER_SCHOOL = 1000;
const DAILY_ROWS = 15_000;
const RUNS = 5;

const { generateSchoolYear, insertAbsences } = api('database/seed/absence-generator.js');
const { SeededRandom } = api('database/seed/random.js');
const { evaluateSignals, firedSignals } = api('modules/signal/signal-evaluation.js');
const { DEFAULT_PROTOCOL, SchoolCalendar, addDays, dutchDate, mondayOf } = createRequire(import.meta.url)(
  '@aanwezig/domain',
);

const database = await freshDatabase();
const server = await startServerProcess(database.url);
const sql = pool(database.url, 4);
const query = async (text, params) => (await sql.query(text, params)).rows;
try {
  const today = dutchDate();
  const region = await createRegion(today);
  const rowsLoaded = await loadSchoolYear(region, today);
  console.log(
    `\nregion: ${SCHOOLS} schools, ${SCHOOLS * PUPILS_PER_SCHOOL} pupils, ${rowsLoaded} absence rows over ${region.schoolDays} school days`,
  );

  // (1) The nightly run's statement over every school (every rule for every pupil, today; a threshold is
  // crossed only where a registration is, so it measures those pupils), rolled back. (1b) What holds today
  // for every pupil, measured for every pupil (the old nightly query). (1c) The whole year evaluated again,
  // as after a correction of its first day.
  const schoolIds = region.schools.map((s) => s.id);
  const evaluate = () =>
    inRolledBackTransaction((manager) => evaluateSignals(manager, { schoolIds, today, withdraw: false }));
  const holdsToday = () => inRolledBackTransaction((manager) => firedSignals(manager, { schoolIds, today }));
  const aggregate = () =>
    inRolledBackTransaction((manager) =>
      manager.query(
        `SELECT a.pupil_id, count(*), sum(a.minutes), sum(a.minutes) FILTER (WHERE NOT a.authorised), count(*) FILTER (WHERE a.reason = 'SICK')
           FROM absence_record a JOIN pupil p ON p.id = a.pupil_id WHERE p.school_id = ANY($1) AND a.date BETWEEN $2 AND $3 GROUP BY a.pupil_id`,
        [schoolIds, region.firstDay, today],
      ),
    );
  await evaluate();
  await aggregate();
  const evaluation = await timeRuns(evaluate);
  const evaluationFloor = await timeRuns(aggregate);
  const fired = await evaluate();
  reportRuns(
    `(1) nightly run: ${DEFAULT_PROTOCOL.length} rules for every pupil, today (${fired.value.raised} signals cross)`,
    evaluation,
    evaluationFloor,
    { seconds: 10, ratio: 3 },
  );
  await holdsToday();
  const holding = await timeRuns(holdsToday);
  const held = await holdsToday();
  reportRuns(
    `(1b) what holds today, every pupil measured (${held.value.length} rules hold; the nightly query before crossings were dated)`,
    holding,
    evaluationFloor,
    null,
  );
  const wholeYear = await inRolledBackTransaction((manager) =>
    evaluateSignals(manager, { schoolIds, today, from: region.firstDay }),
  );
  console.log(
    `\n(1c) the whole year evaluated again (${region.schoolDays} school days, ${wholeYear.value.raised} signals cross): ${ms(wholeYear.ms)}, ${(wholeYear.ms / median(evaluationFloor)).toFixed(1)}x the aggregate (no target: after a correction of the year's first day)`,
  );

  // (2) A day's import: one canonical CSV per school, imported by its coordinator over GraphQL.
  const day = lastSchoolDay(region.calendar, today);
  const files = await dailyFiles(region, day);
  const floorRows = files.flatMap((f) => f.rows);
  const importFloor = await timeRuns(() =>
    inRolledBackTransaction(async (manager) => {
      await insertAbsences(manager, region.id, region.schools[0].coordinatorId, floorRows, DAILY_ROWS);
      return manager.query(
        `SELECT pupil_id, count(*), sum(minutes) FROM absence_record WHERE pupil_id = ANY($1) AND date BETWEEN $2 AND $3 GROUP BY pupil_id`,
        [[...new Set(floorRows.map((r) => r.pupil_id))], region.firstDay, today],
      );
    }),
  );
  const started = process.hrtime.bigint();
  let imported = 0;
  let signalsRaised = 0;
  for (const file of files) {
    const result = await graphql(
      server.url,
      `mutation { importAbsences(input: { schoolId: "${file.schoolId}", csv: ${JSON.stringify(file.csv)} }) { imported signalsRaised rejected errors { line message } } }`,
      file.token,
    );
    if (result.errors || result.data.importAbsences.rejected)
      throw new Error(JSON.stringify(result.errors ?? result.data.importAbsences.errors.slice(0, 3)));
    imported += result.data.importAbsences.imported;
    signalsRaised += result.data.importAbsences.signalsRaised;
  }
  const importMs = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    `\ndaily import: ${imported} rows in ${files.length} files (one per school) over GraphQL, with evaluation (${signalsRaised} new signals)`,
  );
  console.log(`  measured: ${(importMs / 1000).toFixed(2)} s (target < 3 s: ${importMs < 3000 ? 'met' : 'NOT met'})`);
  console.log(
    `  floor:    median ${ms(median(importFloor))} (one INSERT of the same rows + one aggregate over those pupils' year, n=${RUNS})`,
  );
  console.log(`  ratio measured/floor: ${(importMs / median(importFloor)).toFixed(2)}x`);
} finally {
  closeClient();
  await sql.end();
  await server.close();
  await database.drop();
}

/** A region of VO schools with a calendar whose school year ends just after today, so a whole year lies behind. */
async function createRegion(today) {
  const [{ id }] = await query(`INSERT INTO region (name) VALUES ('Bench regio') RETURNING id`);
  const firstDay = addDays(mondayOf(today), -46 * 7);
  const week = (n) => addDays(firstDay, n * 7);
  const calendar = {
    firstDay,
    lastDay: addDays(today, 7),
    holidays: [
      { name: 'herfstvakantie', from: addDays(week(8), -2), to: addDays(week(8), 6) },
      { name: 'kerstvakantie', from: addDays(week(16), -2), to: addDays(week(17), 6) },
      { name: 'voorjaarsvakantie', from: addDays(week(24), -2), to: addDays(week(24), 6) },
      { name: 'meivakantie', from: addDays(week(34), -2), to: addDays(week(35), 6) },
    ],
    studyDays: [],
  };
  await query(
    `INSERT INTO school_calendar (region_id, school_id, school_year, first_day, last_day, holidays) VALUES ($1, NULL, 'bench', $2, $3, $4)`,
    [id, calendar.firstDay, calendar.lastDay, JSON.stringify(calendar.holidays)],
  );
  for (const r of DEFAULT_PROTOCOL) {
    await query(
      `INSERT INTO protocol_rule (region_id, key, threshold, window_school_weeks, route, recipient, enabled, awaiting_law) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, r.key, r.threshold, r.windowSchoolWeeks, r.route, r.recipient, r.enabled, r.awaitingLaw],
    );
  }
  const schools = [];
  for (let n = 1; n <= SCHOOLS; n++) {
    const [school] = await query(
      `INSERT INTO organisation (region_id, name, kind, sector) VALUES ($1, $2, 'SCHOOL', 'VO') RETURNING id`,
      [id, `Benchschool ${n}`],
    );
    const [user] = await query(`INSERT INTO app_user (region_id, email, name) VALUES ($1, $2, $3) RETURNING id`, [
      id,
      `verzuim@bench${n}.test`,
      `Verzuimcoördinator ${n}`,
    ]);
    await query(`INSERT INTO membership (user_id, organisation_id, role) VALUES ($1, $2, 'ATTENDANCE_COORDINATOR')`, [
      user.id,
      school.id,
    ]);
    await query(
      `INSERT INTO pupil (region_id, school_id, pupil_number, given_name, family_name, date_of_birth, group_name)
       SELECT $1, $2, $3 || lpad(g::text, 5, '0'), 'Leerling', 'Nummer ' || g, DATE '2012-01-01' + g % 1500, (1 + g % 6) || 'A' FROM generate_series(1, $4) g`,
      [id, school.id, `B${n}-`, PUPILS_PER_SCHOOL],
    );
    schools.push({ id: school.id, coordinatorId: user.id, email: `verzuim@bench${n}.test` });
  }
  return {
    id,
    schools,
    calendar,
    firstDay,
    schoolDays: new SchoolCalendar(calendar).schoolDays(firstDay, today).length,
  };
}

/** A school year of lesson-hour registrations up to yesterday, generated deterministically. */
async function loadSchoolYear(region, today) {
  const random = new SeededRandom(15000);
  const pupils = await query(`SELECT id, school_id FROM pupil WHERE region_id = $1 ORDER BY pupil_number`, [region.id]);
  for (let i = 0; i < pupils.length; i += 1000) {
    // A second generated year layered over three pupils in ten brings the region to about a million rows.
    const rows = pupils
      .slice(i, i + 1000)
      .flatMap((p, n) =>
        Array.from({ length: n % 10 < 3 ? 2 : 1 }, () =>
          generateSchoolYear(
            { id: p.id, schoolId: p.school_id, lessonHours: true },
            region.calendar,
            addDays(today, -1),
            random,
          ),
        ).flat(),
      );
    await insertAbsences({ query }, region.id, region.schools[0].coordinatorId, rows);
  }
  await query('ANALYZE');
  return (await query(`SELECT count(*)::int AS n FROM absence_record WHERE region_id = $1`, [region.id]))[0].n;
}

function lastSchoolDay(calendar, today) {
  const days = new SchoolCalendar(calendar).schoolDays(addDays(today, -14), today);
  return days.at(-1);
}

/** Each school's file for `day`: whole days and single lesson hours, DAILY_ROWS rows over the region. */
async function dailyFiles(region, day) {
  const random = new SeededRandom(2026);
  const perSchool = DAILY_ROWS / SCHOOLS;
  const files = [];
  for (const school of region.schools) {
    const pupils = await query(`SELECT id, pupil_number FROM pupil WHERE school_id = $1 ORDER BY pupil_number`, [
      school.id,
    ]);
    const rows = [];
    const lines = ['pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason'];
    let p = 0;
    while (rows.length < perSchool) {
      const pupil = pupils[p++];
      const reason = random.pick(['SICK', 'SICK', 'TRUANCY', 'MEDICAL', 'OTHER']);
      const authorised = reason !== 'TRUANCY';
      const hours = reason === 'SICK' ? 8 : random.int(1, 3);
      for (let hour = 1; hour <= hours && rows.length < perSchool; hour++) {
        lines.push(`${pupil.pupil_number},${day},,,50,${hour},${authorised},${reason}`);
        rows.push({
          pupil_id: pupil.id,
          school_id: school.id,
          date: day,
          slot: `L${hour}`,
          start_time: null,
          end_time: null,
          minutes: 50,
          lesson_hour: hour,
          authorised,
          reason,
        });
      }
    }
    const login = await graphql(server.url, `mutation { devLogin(email: "${school.email}") { token } }`);
    files.push({ schoolId: school.id, csv: lines.join('\n'), rows, token: login.data.devLogin.token });
  }
  return files;
}

/** Runs `work` with a manager-like `query` on one connection inside a transaction, then rolls it back. */
async function inRolledBackTransaction(work) {
  const client = await sql.connect();
  const started = process.hrtime.bigint();
  try {
    await client.query('BEGIN');
    const value = await work({ query: async (text, params) => (await client.query(text, params)).rows });
    return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 };
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

async function timeRuns(run) {
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push((await run()).ms);
  return times;
}

function median(times) {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function ms(value) {
  return `${value.toFixed(0)} ms`;
}

function reportRuns(name, measured, floor, target) {
  const m = median(measured);
  const f = median(floor);
  console.log(`\n${name}`);
  console.log(`  measured: median ${ms(m)}, max ${ms(Math.max(...measured))} (n=${measured.length})`);
  console.log(`  floor:    median ${ms(f)}, max ${ms(Math.max(...floor))} (single SQL aggregate over the same rows)`);
  const ratio = m / f;
  const verdict = target
    ? ` (target under ${target.seconds} s and ≤ ${target.ratio}x: ${m < target.seconds * 1000 && ratio <= target.ratio ? 'met' : 'NOT met'})`
    : ' (no target)';
  console.log(`  ratio median measured/floor: ${ratio.toFixed(2)}x${verdict}`);
}
