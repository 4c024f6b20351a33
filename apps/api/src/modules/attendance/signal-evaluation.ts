import type { EntityManager } from 'typeorm';
import { DEFAULT_PROTOCOL, dutchDate, type ProtocolRule, type SchoolSector } from '@aanwezig/domain';
import { calendarOf, calendarsInForce } from './calendars';
import { planEvaluation, type EvaluationPlan, type SchoolToEvaluate } from './rule-windows';

/**
 * The region's protocol over every pupil of some schools, as one set-based query over the daily roll-up
 * of the registrations (absence_day): days are numbered per school calendar, measured per pupil and
 * window, then compared with each rule. It computes what `evaluateRule` of libs/domain computes (the
 * spec, with the edge tests), to the same number: hours are summed before dividing and rounding is done
 * as JavaScript does it (floor(x + 0.5)). A test holds the two against each other on a generated year.
 */
const FIRED_SIGNALS_SQL = `
WITH school AS (
  SELECT * FROM json_to_recordset($1::json) AS s(school_id uuid, first_day date, today date, clock_hours boolean, lesson_minutes int, day_minutes int, day_numbers int[])
), rule_window AS (
  SELECT * FROM json_to_recordset($2::json) AS w(school_id uuid, window_start date, from_idx int, spell_floor_idx int, last_idx int, days_in_window int, scheduled_minutes int)
), scheduled_rule AS (
  SELECT * FROM json_to_recordset($3::json) AS r(school_id uuid, region_id uuid, rule_key text, route text, threshold float8, window_start date, weeks int)
), school_day AS (
  SELECT s.school_id, s.first_day + (n.position - 1)::int AS day, n.idx
    FROM school s CROSS JOIN LATERAL unnest(s.day_numbers) WITH ORDINALITY AS n(idx, position)
   WHERE n.idx IS NOT NULL
), registered_day AS MATERIALIZED (
  -- The roll-up the registrations keep (absence_day: one row per pupil and day), for the pupils of these
  -- schools. Materialised so the planner knows its size before joining the calendar.
  SELECT d.*, p.school_id FROM absence_day d JOIN pupil p ON p.id = d.pupil_id
   WHERE p.school_id IN (SELECT school_id FROM school) AND ($4::uuid[] IS NULL OR p.id = ANY($4))
), pupil_day AS (
  -- Weekend and holiday rows fall out in the join with the school days; counting follows the pupil's school.
  SELECT d.pupil_id, d.school_id, sd.idx, d.unauthorised, d.luxury_leave, d.lates, d.minutes, d.sick,
         CASE WHEN s.clock_hours THEN 0 ELSE d.unauthorised_lessons END AS unauthorised_lessons,
         CASE WHEN s.clock_hours THEN d.unauthorised_lesson_minutes + d.unauthorised_other_minutes ELSE d.unauthorised_other_minutes END AS unauthorised_minutes,
         d.longest_counted_minutes * 2 >= s.day_minutes AS away
    FROM registered_day d
    JOIN school s ON s.school_id = d.school_id
    JOIN school_day sd ON sd.school_id = d.school_id AND sd.day = d.date
), ranked_day AS (
  -- Each sick day knows the previous sick school day: a spell starts where that is not the day before
  -- (across weekends and holidays, as school days are numbered).
  SELECT d.*, CASE WHEN d.sick THEN lag(idx) OVER (PARTITION BY pupil_id, sick ORDER BY idx) END AS previous_sick_idx
    FROM pupil_day d
), window_measure AS (
  -- A pupil with no registrations in a window cannot reach any rule's threshold (thresholds are above 0
  -- and percentages below 100), so only windows with registrations are measured.
  SELECT d.pupil_id, d.school_id, w.window_start, w.days_in_window, w.scheduled_minutes,
         sum(d.unauthorised_lessons) AS unauthorised_lessons, sum(d.unauthorised_minutes) AS unauthorised_minutes,
         count(*) FILTER (WHERE d.unauthorised) AS unauthorised_days, sum(d.luxury_leave) AS luxury_leave,
         sum(d.lates) AS lates, sum(d.minutes) AS minutes, count(*) FILTER (WHERE d.away) AS away_days,
         count(*) FILTER (WHERE d.sick AND (d.previous_sick_idx IS DISTINCT FROM d.idx - 1 OR d.idx = w.spell_floor_idx)) AS sick_reports,
         -- The run of sick days up to the last school day: from the latest spell start in the window (or the
         -- window's first day, when the spell began before it), if the pupil is still sick on that last day.
         CASE WHEN max(d.idx) FILTER (WHERE d.sick) = w.last_idx
              THEN w.last_idx - coalesce(max(d.idx) FILTER (WHERE d.sick AND d.previous_sick_idx IS DISTINCT FROM d.idx - 1), w.from_idx) + 1
              ELSE 0 END AS sick_run
    FROM ranked_day d JOIN rule_window w ON w.school_id = d.school_id AND d.idx >= w.from_idx
   GROUP BY d.pupil_id, d.school_id, w.window_start, w.days_in_window, w.scheduled_minutes, w.last_idx, w.from_idx
), measured AS (
  SELECT m.pupil_id, r.*, m.days_in_window, m.unauthorised_days, m.luxury_leave, m.lates, m.away_days, m.sick_reports, m.sick_run,
         CASE WHEN s.clock_hours THEN m.unauthorised_minutes::float8 / 60
              ELSE m.unauthorised_lessons + m.unauthorised_minutes::float8 / s.lesson_minutes END AS hours,
         CASE WHEN m.scheduled_minutes = 0 THEN 100
              ELSE floor(100 * (1 - least(m.scheduled_minutes, m.minutes)::float8 / m.scheduled_minutes) * 10 + 0.5) / 10 END AS percentage
    FROM window_measure m
    JOIN scheduled_rule r ON r.school_id = m.school_id AND r.window_start = m.window_start
    JOIN school s ON s.school_id = m.school_id
), outcome AS (
  SELECT region_id, school_id, pupil_id, rule_key, window_start, route,
         CASE rule_key
           WHEN 'LEGAL_REPORT' THEN hours WHEN 'EARLY_SIGNAL' THEN unauthorised_days WHEN 'LUXURY_LEAVE' THEN luxury_leave
           WHEN 'FREQUENT_SICK' THEN sick_reports WHEN 'LONG_SICK' THEN sick_run
           WHEN 'LATES' THEN lates WHEN 'LATES_LEGAL' THEN lates
           WHEN 'SAT_DISCUSS' THEN percentage WHEN 'ACT_NOW' THEN percentage WHEN 'AT_RISK_HOME' THEN 100 - percentage
           WHEN 'HOME_SITTER' THEN CASE WHEN days_in_window > 0 AND away_days = days_in_window THEN weeks ELSE 0 END
         END AS value,
         CASE rule_key
           WHEN 'LEGAL_REPORT' THEN hours >= threshold
           WHEN 'EARLY_SIGNAL' THEN unauthorised_days >= threshold AND hours < 16
           WHEN 'LUXURY_LEAVE' THEN luxury_leave >= threshold
           WHEN 'FREQUENT_SICK' THEN sick_reports >= threshold
           WHEN 'LONG_SICK' THEN sick_run >= threshold
           WHEN 'LATES' THEN lates >= threshold WHEN 'LATES_LEGAL' THEN lates >= threshold
           WHEN 'SAT_DISCUSS' THEN percentage < threshold WHEN 'ACT_NOW' THEN percentage < threshold
           WHEN 'AT_RISK_HOME' THEN 100 - percentage > threshold
           WHEN 'HOME_SITTER' THEN days_in_window > 0 AND away_days = days_in_window AND weeks >= threshold
         END AS triggered
    FROM measured
)
SELECT region_id, school_id, pupil_id, rule_key, window_start, route, floor(value * 10 + 0.5) / 10 AS value FROM outcome WHERE triggered`;

export interface FiredSignal {
  region_id: string;
  school_id: string;
  pupil_id: string;
  rule_key: string;
  window_start: string;
  route: string;
  value: number;
}

export interface EvaluationScope {
  /** The schools whose pupils are evaluated (a pupil belongs to their current school). */
  schoolIds: readonly string[];
  /** Only these pupils, when given. */
  pupilIds?: readonly string[];
  today?: string;
  /** Who hears back what happens to the signals (the importer); none for the nightly run. */
  raisedBy?: string | null;
}

/** The signals the protocol raises in this scope today, whether or not they were raised before. */
export async function firedSignals(manager: EntityManager, scope: EvaluationScope): Promise<FiredSignal[]> {
  const plan = await loadPlan(manager, scope.schoolIds, scope.today ?? dutchDate());
  if (plan.rules.length === 0) return [];
  const rows: (FiredSignal & { window_start: string })[] = await manager.query(`SELECT region_id, school_id, pupil_id, rule_key, window_start::text, route, value FROM (${FIRED_SIGNALS_SQL}) f`, planParameters(plan, scope));
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

/**
 * Evaluates the protocol in this scope and records the signals that fire, one per pupil, rule and
 * window (a second evaluation adds nothing). Runs inside the caller's transaction. Returns the new signals.
 */
export async function evaluateSignals(manager: EntityManager, scope: EvaluationScope): Promise<number> {
  const plan = await loadPlan(manager, scope.schoolIds, scope.today ?? dutchDate());
  if (plan.rules.length === 0) return 0;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO signal (region_id, school_id, pupil_id, rule_key, window_start, value, route, raised_by)
     SELECT region_id, school_id, pupil_id, rule_key, window_start, value, route, $5::uuid FROM (${FIRED_SIGNALS_SQL}) f
     ON CONFLICT (pupil_id, rule_key, window_start) DO NOTHING RETURNING 1`,
    [...planParameters(plan, scope), scope.raisedBy ?? null],
  );
  return inserted.length;
}

function planParameters(plan: EvaluationPlan, scope: EvaluationScope): unknown[] {
  return [JSON.stringify(plan.schools), JSON.stringify(plan.windows), JSON.stringify(plan.rules), scope.pupilIds ? [...scope.pupilIds] : null];
}

/** Each school with the calendar in force today (its own, else its region's) and its region's enabled rules. */
async function loadPlan(manager: EntityManager, schoolIds: readonly string[], today: string): Promise<EvaluationPlan> {
  const schools: { id: string; regionId: string; sector: SchoolSector | null }[] = await manager.query(
    `SELECT id, region_id AS "regionId", sector FROM organisation WHERE id = ANY($1) AND kind = 'SCHOOL'`,
    [[...schoolIds]],
  );
  const regionIds = [...new Set(schools.map((s) => s.regionId))];
  const calendars = await calendarsInForce(manager, regionIds, today);
  const stored: (Omit<ProtocolRule, 'basis' | 'threshold'> & { regionId: string; threshold: string })[] = await manager.query(
    `SELECT region_id AS "regionId", key, threshold, window_school_weeks AS "windowSchoolWeeks", route, recipient, enabled, awaiting_law AS "awaitingLaw"
       FROM protocol_rule WHERE region_id = ANY($1) AND enabled`,
    [regionIds],
  );
  const rules = stored.map((r) => ({ ...DEFAULT_PROTOCOL.find((d) => d.key === r.key)!, ...r, threshold: Number(r.threshold) }));
  const withCalendar: SchoolToEvaluate[] = [];
  for (const school of schools) {
    const calendar = calendarOf(calendars, school.regionId, school.id);
    if (calendar) withCalendar.push({ ...school, calendar });
  }
  return planEvaluation(withCalendar, (regionId) => rules.filter((r) => r.regionId === regionId), today);
}
