import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_PROTOCOL,
  SchoolCalendar,
  addDays,
  countingFor,
  evaluateRule,
  type Absence,
  type SchoolCalendarData,
  type SchoolSector,
} from '@aanwezig/domain';
import { useTestServer } from './support/test-server';
import { firedSignals } from '../src/modules/signal/signal-evaluation';
import { calendarOf, calendarsInForce } from '../src/modules/attendance/calendars';
import { generateSchoolYear, insertAbsences } from '../src/database/seed/absence-generator';
import { SeededRandom } from '../src/database/seed/random';

/**
 * The set-based SQL evaluation against the domain's `evaluateRule` (the spec, with its edge tests), on a
 * generated school year for a few hundred pupils of a VO and a PO school, on several days of the year:
 * the same signals, with the same windows and values, to the decimal.
 */
describe('signal evaluation in SQL agrees with the domain rules', () => {
  const t = useTestServer();
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  let calendar: SchoolCalendarData;
  let schools: { id: string; region_id: string; sector: SchoolSector }[];
  const extraPupilsPerSchool = 120;
  /** Evaluation days: early in the year, just after the autumn and Christmas holidays, mid-year and the last day. */
  const days = () => {
    const autumn = calendar.holidays.find((h) => h.name === 'herfstvakantie')!;
    const christmas = calendar.holidays.find((h) => h.name === 'kerstvakantie')!;
    return [
      addDays(calendar.firstDay, 25),
      addDays(autumn.to, 2),
      addDays(christmas.to, 8),
      addDays(calendar.firstDay, 200),
      calendar.lastDay,
    ];
  };

  beforeAll(async () => {
    schools = await sql(
      `SELECT id, region_id, sector FROM organisation WHERE name IN ('Het Baken College', 'OBS De Meeuw') ORDER BY name`,
    );
    const regionId = schools[0].region_id;
    // Last school year: every day of it is in the past, so evaluation days can be chosen freely.
    [calendar] = await sql<SchoolCalendarData & { id: string }>(
      `SELECT first_day::text AS "firstDay", last_day::text AS "lastDay", holidays, '{}'::text[] AS "studyDays" FROM school_calendar
        WHERE region_id = $1 AND school_id IS NULL AND last_day < CURRENT_DATE ORDER BY first_day DESC LIMIT 1`,
      [regionId],
    );
    // De Meeuw keeps its own calendar with two study days: the school's calendar overrides the region's.
    const meeuw = schools.find((s) => s.sector === 'PO')!;
    await sql(
      `INSERT INTO school_calendar (region_id, school_id, school_year, first_day, last_day, holidays, study_days) VALUES ($1, $2, 'eigen', $3, $4, $5, $6)`,
      [
        regionId,
        meeuw.id,
        calendar.firstDay,
        calendar.lastDay,
        JSON.stringify(calendar.holidays),
        [addDays(calendar.firstDay, 16), addDays(calendar.firstDay, 65)],
      ],
    );
    for (const school of schools) {
      await sql(
        `INSERT INTO pupil (region_id, school_id, pupil_number, given_name, family_name, date_of_birth, group_name)
         SELECT $1, $2, $4 || n, 'Test', 'Leerling ' || n, DATE '2012-05-01', 'klas' FROM generate_series(1, $3) n`,
        [regionId, school.id, extraPupilsPerSchool, `EQ${school.sector}`],
      );
    }
    const pupils = await sql<{ id: string; school_id: string; sector: SchoolSector }>(
      `SELECT p.id, p.school_id, o.sector FROM pupil p JOIN organisation o ON o.id = p.school_id WHERE p.school_id = ANY($1) ORDER BY p.pupil_number`,
      [schools.map((s) => s.id)],
    );
    const random = new SeededRandom(20261123);
    const rows = pupils.flatMap((p) =>
      generateSchoolYear(
        { id: p.id, schoolId: p.school_id, lessonHours: p.sector !== 'PO' },
        calendar,
        calendar.lastDay,
        random,
      ),
    );
    // Edges the generator does not make on its own: exactly 16 hours (PO minutes summed before dividing),
    // and registrations on a weekend and before the year, which no rule may count.
    const [edge] = pupils.filter((p) => p.sector === 'PO');
    const firstWeek = new SchoolCalendar(calendar).schoolDays(
      addDays(calendar.firstDay, 21),
      addDays(calendar.firstDay, 27),
    );
    for (const date of firstWeek.slice(0, 4)) {
      for (const start of ['08:30', '09:10', '09:50', '10:30', '11:10', '11:50']) {
        rows.push({
          pupil_id: edge.id,
          school_id: edge.school_id,
          date,
          slot: start,
          start_time: start,
          end_time: null,
          minutes: 40,
          lesson_hour: null,
          authorised: false,
          reason: 'TRUANCY',
        });
      }
    }
    rows.push({
      pupil_id: edge.id,
      school_id: edge.school_id,
      date: addDays(calendar.firstDay, -3),
      slot: 'DAY',
      start_time: null,
      end_time: null,
      minutes: 330,
      lesson_hour: null,
      authorised: false,
      reason: 'TRUANCY',
    });
    // A sick spell that runs into the twelve-week window of the fourth evaluation day counts as one report
    // of that window; with three short spells inside it, that is the fourth.
    const school = new SchoolCalendar(calendar);
    const windowStart = school.windowStart(days()[3], 12);
    const vo = pupils.filter((p) => p.sector !== 'PO').at(-1)!;
    const spellDays = [
      ...school.schoolDays(addDays(windowStart, -7), addDays(windowStart, -1)).slice(-2),
      ...school
        .schoolDays(windowStart, addDays(windowStart, 60))
        .filter((_d, i) => i < 2 || i === 10 || i === 20 || i === 30),
    ];
    for (const date of spellDays)
      rows.push({
        pupil_id: vo.id,
        school_id: vo.school_id,
        date,
        slot: 'DAY',
        start_time: null,
        end_time: null,
        minutes: 400,
        lesson_hour: null,
        authorised: true,
        reason: 'SICK',
      });
    // A long sick spell that began before a (region-chosen) three-week LONG_SICK window and lasts to the
    // evaluation day: the run counts the window's days only.
    const longSick = pupils.filter((p) => p.sector !== 'PO').at(-2)!;
    for (const date of school.schoolDays(addDays(days()[3], -30), days()[3]))
      rows.push({
        pupil_id: longSick.id,
        school_id: longSick.school_id,
        date,
        slot: 'DAY',
        start_time: null,
        end_time: null,
        minutes: 400,
        lesson_hour: null,
        authorised: true,
        reason: 'SICK',
      });
    const [importer] = await sql<{ id: string }>(`SELECT id FROM app_user LIMIT 1`);
    await sql(`DELETE FROM absence_record WHERE pupil_id = ANY($1)`, [pupils.map((p) => p.id)]);
    await insertAbsences(t.server.dataSource.manager, regionId, importer.id, rows);
    // A pupil who changed school keeps the registrations of the school they came from.
    await sql(`UPDATE pupil SET school_id = $1 WHERE id = ANY($2)`, [
      schools[0].id,
      pupils
        .filter((p) => p.sector === 'PO')
        .slice(0, 5)
        .map((p) => p.id),
    ]);
    // The early signal is switched on (its law is not in force yet) and one threshold is the region's own.
    await sql(`UPDATE protocol_rule SET enabled = true WHERE region_id = $1 AND key = 'EARLY_SIGNAL'`, [regionId]);
    await sql(`UPDATE protocol_rule SET threshold = 2 WHERE region_id = $1 AND key = 'LATES'`, [regionId]);
    await sql(`UPDATE protocol_rule SET window_school_weeks = 3 WHERE region_id = $1 AND key = 'LONG_SICK'`, [
      regionId,
    ]);
    await sql('ANALYZE');
  });

  /** The same question asked of the domain: every enabled rule for every pupil with registrations. */
  async function expectedSignals(today: string): Promise<string[]> {
    const calendars = await calendarsInForce(t.server.dataSource.manager, [schools[0].region_id], today);
    const rules = await sql<{ key: string; threshold: string; window_school_weeks: number | null; enabled: boolean }>(
      `SELECT key, threshold, window_school_weeks, enabled FROM protocol_rule WHERE region_id = $1 AND enabled`,
      [schools[0].region_id],
    );
    const registrations = await sql<Absence & { pupilId: string; currentSchool: string; sector: SchoolSector }>(
      `SELECT a.pupil_id AS "pupilId", p.school_id AS "currentSchool", o.sector, a.date::text AS date, a.minutes, a.lesson_hour AS "lessonHour", a.authorised, a.reason
         FROM absence_record a JOIN pupil p ON p.id = a.pupil_id JOIN organisation o ON o.id = p.school_id WHERE p.school_id = ANY($1)`,
      [schools.map((s) => s.id)],
    );
    const byPupil = new Map<string, typeof registrations>();
    for (const r of registrations) byPupil.set(r.pupilId, [...(byPupil.get(r.pupilId) ?? []), r]);
    const expected: string[] = [];
    for (const [pupilId, all] of byPupil) {
      const { currentSchool, sector } = all[0];
      const data = calendarOf(calendars, schools[0].region_id, currentSchool)!;
      const absences = all.filter((a) => a.date >= data.firstDay && a.date <= today);
      if (absences.length === 0) continue;
      for (const stored of rules) {
        const rule = {
          ...DEFAULT_PROTOCOL.find((d) => d.key === stored.key)!,
          threshold: Number(stored.threshold),
          windowSchoolWeeks: stored.window_school_weeks,
          enabled: stored.enabled,
        };
        const outcome = evaluateRule(rule, {
          today,
          calendar: new SchoolCalendar(data),
          counting: countingFor(sector),
          absences,
          yearStart: data.firstDay,
        });
        if (outcome.triggered) expected.push(`${pupilId} ${rule.key} ${outcome.windowStart} ${outcome.value}`);
      }
    }
    return expected.sort();
  }

  it('raises the same signals on five days of the year, holidays and a study day in the windows', async () => {
    const fired = new Set<string>();
    for (const today of days()) {
      const actual = (await firedSignals(t.server.dataSource.manager, { schoolIds: schools.map((s) => s.id), today }))
        .map((s) => `${s.pupil_id} ${s.rule_key} ${s.window_start} ${s.value}`)
        .sort();
      expect(actual, `signals on ${today}`).toEqual(await expectedSignals(today));
      for (const line of actual) fired.add(line.split(' ')[1]);
    }
    // Every enabled rule fired somewhere, so the comparison covers each of them.
    expect([...fired].sort()).toEqual(DEFAULT_PROTOCOL.map((r) => r.key).sort());
  });

  it('evaluates only the pupils asked for', async () => {
    const today = days()[3];
    const all = await firedSignals(t.server.dataSource.manager, { schoolIds: schools.map((s) => s.id), today });
    const some = [...new Set(all.map((s) => s.pupil_id))].slice(0, 3);
    const only = await firedSignals(t.server.dataSource.manager, {
      schoolIds: schools.map((s) => s.id),
      pupilIds: some,
      today,
    });
    expect(only.length).toBeGreaterThan(0);
    expect(only).toEqual(expect.arrayContaining(all.filter((s) => some.includes(s.pupil_id))));
    expect(only.every((s) => some.includes(s.pupil_id))).toBe(true);
  });
});
