import type { EntityManager } from 'typeorm';
import { DEFAULT_PROTOCOL, dutchDate, type ProtocolRule, type SchoolSector } from '@aanwezig/domain';
import { calendarOf, calendarsInForce } from './calendars';
import { planEvaluation, type EvaluationPlan, type SchoolToEvaluate } from './rule-windows';

/**
 * The region's protocol over every pupil of some schools, as one set-based query: registrations are
 * folded per pupil and school day, then per pupil and window, then compared with each rule. It computes
 * what `evaluateRule` of libs/domain computes (the spec, with the edge tests), to the same number: hours
 * are summed before dividing and rounding is done as JavaScript does it (floor(x + 0.5)). A test holds
 * the two against each other on generated registrations.
 */
const FIRED_SIGNALS_SQL = `
WITH school AS (
  SELECT * FROM json_to_recordset($1::json) AS s(school_id uuid, first_day date, today date, clock_hours boolean, lesson_minutes int, day_minutes int, days date[])
), school_day AS (
  SELECT s.school_id, d.day, d.idx::int AS idx FROM school s CROSS JOIN LATERAL unnest(s.days) WITH ORDINALITY AS d(day, idx)
), rule_window AS (
  SELECT * FROM json_to_recordset($2::json) AS w(school_id uuid, window_start date, from_idx int, spell_floor_idx int, last_idx int, days_in_window int, scheduled_minutes int)
), scheduled_rule AS (
  SELECT * FROM json_to_recordset($3::json) AS r(school_id uuid, region_id uuid, rule_key text, route text, threshold float8, window_start date, weeks int)
), pupil_day AS (
  SELECT a.pupil_id, p.school_id, sd.idx,
         count(*) FILTER (WHERE NOT a.authorised AND a.lesson_hour IS NOT NULL AND NOT s.clock_hours) AS unauthorised_lessons,
         coalesce(sum(a.minutes) FILTER (WHERE NOT a.authorised AND (a.lesson_hour IS NULL OR s.clock_hours)), 0) AS unauthorised_minutes,
         bool_or(NOT a.authorised) AS unauthorised,
         count(*) FILTER (WHERE NOT a.authorised AND a.reason = 'LUXURY_LEAVE') AS luxury_leave,
         count(*) FILTER (WHERE a.reason = 'LATE') AS lates,
         sum(a.minutes) AS minutes,
         bool_or(a.reason <> 'EXEMPT' AND a.minutes * 2 >= s.day_minutes) AS away,
         bool_or(a.reason = 'SICK') AS sick
    FROM absence_record a
    JOIN pupil p ON p.id = a.pupil_id
    JOIN school s ON s.school_id = p.school_id
    JOIN school_day sd ON sd.school_id = p.school_id AND sd.day = a.date
   WHERE a.date >= s.first_day AND a.date <= s.today AND ($4::uuid[] IS NULL OR p.id = ANY($4))
   GROUP BY a.pupil_id, p.school_id, sd.idx
), sick_day AS (
  SELECT pupil_id, school_id, idx,
         lag(idx) OVER (PARTITION BY pupil_id ORDER BY idx) AS previous_sick_idx,
         row_number() OVER (PARTITION BY pupil_id ORDER BY idx DESC) AS from_end
    FROM pupil_day WHERE sick
), window_measure AS (
  SELECT d.pupil_id, w.window_start,
         sum(d.unauthorised_lessons) AS unauthorised_lessons, sum(d.unauthorised_minutes) AS unauthorised_minutes,
         count(*) FILTER (WHERE d.unauthorised) AS unauthorised_days, sum(d.luxury_leave) AS luxury_leave,
         sum(d.lates) AS lates, sum(d.minutes) AS minutes, count(*) FILTER (WHERE d.away) AS away_days
    FROM pupil_day d JOIN rule_window w ON w.school_id = d.school_id AND d.idx >= w.from_idx
   GROUP BY d.pupil_id, w.window_start
), sick_measure AS (
  SELECT d.pupil_id, w.window_start,
         count(*) FILTER (WHERE d.previous_sick_idx IS DISTINCT FROM d.idx - 1 OR d.idx = w.spell_floor_idx) AS sick_reports,
         count(*) FILTER (WHERE d.idx + d.from_end - 1 = w.last_idx) AS sick_run
    FROM sick_day d JOIN rule_window w ON w.school_id = d.school_id AND d.idx >= w.from_idx
   GROUP BY d.pupil_id, w.window_start
), measured AS (
  SELECT pp.pupil_id, r.*, w.days_in_window,
         coalesce(m.unauthorised_days, 0) AS unauthorised_days, coalesce(m.luxury_leave, 0) AS luxury_leave,
         coalesce(m.lates, 0) AS lates, coalesce(m.away_days, 0) AS away_days,
         coalesce(sm.sick_reports, 0) AS sick_reports, coalesce(sm.sick_run, 0) AS sick_run,
         CASE WHEN s.clock_hours THEN coalesce(m.unauthorised_minutes, 0)::float8 / 60
              ELSE coalesce(m.unauthorised_lessons, 0) + coalesce(m.unauthorised_minutes, 0)::float8 / s.lesson_minutes END AS hours,
         CASE WHEN w.scheduled_minutes = 0 THEN 100
              ELSE floor(100 * (1 - least(w.scheduled_minutes, coalesce(m.minutes, 0))::float8 / w.scheduled_minutes) * 10 + 0.5) / 10 END AS percentage
    FROM (SELECT DISTINCT pupil_id, school_id FROM pupil_day) pp
    JOIN school s ON s.school_id = pp.school_id
    JOIN scheduled_rule r ON r.school_id = pp.school_id
    JOIN rule_window w ON w.school_id = r.school_id AND w.window_start = r.window_start
    LEFT JOIN window_measure m ON m.pupil_id = pp.pupil_id AND m.window_start = r.window_start
    LEFT JOIN sick_measure sm ON sm.pupil_id = pp.pupil_id AND sm.window_start = r.window_start
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
    `INSERT INTO signal (region_id, school_id, pupil_id, rule_key, window_start, value, route)
     SELECT region_id, school_id, pupil_id, rule_key, window_start, value, route FROM (${FIRED_SIGNALS_SQL}) f
     ON CONFLICT (pupil_id, rule_key, window_start) DO NOTHING RETURNING 1`,
    planParameters(plan, scope),
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
  const stored: (Omit<ProtocolRule, 'labelNl' | 'basis' | 'threshold'> & { regionId: string; threshold: string })[] = await manager.query(
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
