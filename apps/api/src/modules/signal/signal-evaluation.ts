import type { EntityManager } from 'typeorm';
import { DEFAULT_PROTOCOL, dutchDate, type ProtocolRule, type SchoolSector } from '@aanwezig/domain';
import { calendarOf, calendarsInForce } from '../attendance/calendars';
import { planEvaluation, type EvaluationPlan, type SchoolToEvaluate } from '../protocol/rule-windows';

/**
 * The region's protocol over every pupil of some schools, as one set-based query over the daily roll-up
 * of the registrations (absence_day): days are numbered per school calendar, measured per pupil and
 * window, then compared with each rule. It computes what `evaluateRule` of libs/domain computes (the
 * spec, with the edge tests), to the same number: hours are summed before dividing and rounding is done
 * as JavaScript does it (floor(x + 0.5)). A test holds the two against each other on a generated year.
 */
const EVALUATION_CTES = `
school AS (
  SELECT * FROM json_to_recordset($1::json) AS s(school_id uuid, first_day date, today date, clock_hours boolean, lesson_minutes int, day_minutes int, day_numbers int[])
), rule_window AS (
  -- One row per window and evaluated day: the window ends with that day (last_idx).
  SELECT * FROM json_to_recordset($2::json) AS w(school_id uuid, eval_day date, due_on date, context boolean, window_start date, from_idx int, spell_floor_idx int, last_idx int, days_in_window int, scheduled_minutes int)
), scheduled_rule AS (
  SELECT * FROM json_to_recordset($3::json) AS r(school_id uuid, region_id uuid, rule_key text, route text, threshold float8, window_start date, last_idx int, weeks int)
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
), evaluated_day AS (
  SELECT DISTINCT school_id, last_idx, context FROM rule_window
), eval_point AS (
  -- Where each pupil is measured. Every rule's measure moves towards its threshold only on a day with a
  -- registration (hours, counts and runs grow then; attendance only falls then), so a threshold is only
  -- ever crossed on such a day: the candidates are the pupil's registered days in the evaluated range,
  -- each with the school day before (to tell a crossing from absence that already held). With $5, every
  -- pupil on every evaluated day instead (what holds, not what crossed).
  SELECT pupil_id, school_id, last_idx, bool_or(candidate) AS candidate
    FROM (SELECT d.pupil_id, d.school_id, x.last_idx, x.candidate
            FROM pupil_day d JOIN evaluated_day e ON e.school_id = d.school_id AND e.last_idx = d.idx AND NOT e.context
            CROSS JOIN LATERAL (VALUES (d.idx, true), (d.idx - 1, false)) AS x(last_idx, candidate)
           WHERE NOT $5::boolean
          UNION ALL
          SELECT DISTINCT d.pupil_id, d.school_id, e.last_idx, true
            FROM pupil_day d JOIN evaluated_day e ON e.school_id = d.school_id AND NOT e.context
           WHERE $5::boolean) p
   GROUP BY pupil_id, school_id, last_idx
), window_measure AS (
  -- A pupil with no registrations in a window cannot reach any rule's threshold (thresholds are above 0
  -- and percentages below 100), so only windows with registrations are measured.
  SELECT d.pupil_id, d.school_id, w.window_start, w.last_idx, w.eval_day, w.due_on, p.candidate, w.days_in_window, w.scheduled_minutes,
         sum(d.unauthorised_lessons) AS unauthorised_lessons, sum(d.unauthorised_minutes) AS unauthorised_minutes,
         count(*) FILTER (WHERE d.unauthorised) AS unauthorised_days, sum(d.luxury_leave) AS luxury_leave,
         sum(d.lates) AS lates, sum(d.minutes) AS minutes, count(*) FILTER (WHERE d.away) AS away_days,
         count(*) FILTER (WHERE d.sick AND (d.previous_sick_idx IS DISTINCT FROM d.idx - 1 OR d.idx = w.spell_floor_idx)) AS sick_reports,
         -- The run of sick days up to the last school day: from the latest spell start in the window (or the
         -- window's first day, when the spell began before it), if the pupil is still sick on that last day.
         CASE WHEN max(d.idx) FILTER (WHERE d.sick) = w.last_idx
              THEN w.last_idx - coalesce(max(d.idx) FILTER (WHERE d.sick AND d.previous_sick_idx IS DISTINCT FROM d.idx - 1), w.from_idx) + 1
              ELSE 0 END AS sick_run
    FROM eval_point p
    JOIN rule_window w ON w.school_id = p.school_id AND w.last_idx = p.last_idx
    JOIN ranked_day d ON d.pupil_id = p.pupil_id AND d.idx >= w.from_idx AND d.idx <= w.last_idx
   GROUP BY d.pupil_id, d.school_id, w.window_start, w.last_idx, w.eval_day, w.due_on, p.candidate, w.days_in_window, w.scheduled_minutes, w.from_idx
), measured AS (
  SELECT m.pupil_id, r.*, m.eval_day, m.due_on, m.candidate, m.days_in_window, m.unauthorised_days, m.luxury_leave, m.lates, m.away_days, m.sick_reports, m.sick_run,
         CASE WHEN s.clock_hours THEN m.unauthorised_minutes::float8 / 60
              ELSE m.unauthorised_lessons + m.unauthorised_minutes::float8 / s.lesson_minutes END AS hours,
         CASE WHEN m.scheduled_minutes = 0 THEN 100
              ELSE floor(100 * (1 - least(m.scheduled_minutes, m.minutes)::float8 / m.scheduled_minutes) * 10 + 0.5) / 10 END AS percentage
    FROM window_measure m
    JOIN scheduled_rule r ON r.school_id = m.school_id AND r.window_start = m.window_start AND r.last_idx = m.last_idx
    JOIN school s ON s.school_id = m.school_id
), outcome AS (
  SELECT region_id, school_id, pupil_id, rule_key, window_start, route, eval_day, due_on, candidate, last_idx,
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
), fired AS (
  -- A rule fires where it crosses: it holds on an evaluated day and did not hold on the school day before
  -- (absence that stays over the threshold is one crossing, not one per window). Once per window, on the
  -- first such day, with that day's value.
  SELECT DISTINCT ON (o.pupil_id, o.rule_key, o.window_start)
         o.region_id, o.school_id, o.pupil_id, o.rule_key, o.window_start, o.route, floor(o.value * 10 + 0.5) / 10 AS value,
         o.eval_day AS crossed_on, CASE WHEN o.rule_key = 'LEGAL_REPORT' THEN o.due_on END AS report_due
    FROM (SELECT o.*, lag(last_idx) OVER held AS held_idx
            FROM outcome o WHERE triggered
          WINDOW held AS (PARTITION BY pupil_id, school_id, rule_key ORDER BY last_idx)) o
   WHERE o.candidate AND o.held_idx IS DISTINCT FROM o.last_idx - 1
   ORDER BY o.pupil_id, o.rule_key, o.window_start, o.eval_day
)`;

/** Records what fires (new, moved or reinstated signals) and withdraws what no longer does; one statement. */
const EVALUATE_SQL = `WITH ${EVALUATION_CTES},
     was_withdrawn AS (
       -- Few: read before the upsert reinstates any of them (every part of a statement sees the same snapshot).
       SELECT id FROM signal WHERE withdrawn_at IS NOT NULL AND school_id IN (SELECT school_id FROM school)
     ), upserted AS (
       INSERT INTO signal (region_id, school_id, pupil_id, rule_key, window_start, value, route, raised_by, crossed_on, report_due)
       SELECT region_id, school_id, pupil_id, rule_key, window_start, value, route, $6::uuid, crossed_on, report_due FROM fired
       ON CONFLICT (pupil_id, rule_key, window_start) DO UPDATE
          SET crossed_on = EXCLUDED.crossed_on, value = EXCLUDED.value, report_due = EXCLUDED.report_due, withdrawn_at = NULL, withdrawn_reason = NULL
        -- Days before the first evaluated one did not change: a crossing there stands as it was.
        WHERE signal.withdrawn_at IS NOT NULL OR signal.crossed_on >= $8::date
       RETURNING id, region_id, school_id, pupil_id, rule_key, route, case_id, (xmax = 0) AS inserted
     ), gone AS (
       UPDATE signal s SET withdrawn_at = now(), withdrawn_reason = $7
        WHERE $9::boolean AND s.withdrawn_at IS NULL
          AND s.school_id IN (SELECT school_id FROM school)
          AND ($4::uuid[] IS NULL OR s.pupil_id = ANY($4))
          AND s.rule_key IN (SELECT r.rule_key FROM scheduled_rule r WHERE r.school_id = s.school_id)
          AND s.crossed_on >= (SELECT min(eval_day) FROM rule_window w WHERE w.school_id = s.school_id AND NOT w.context)
          AND NOT EXISTS (SELECT 1 FROM fired f WHERE f.pupil_id = s.pupil_id AND f.rule_key = s.rule_key AND f.window_start = s.window_start)
       RETURNING s.id, s.region_id, s.school_id, s.pupil_id, s.rule_key, s.route, s.case_id
     )
     SELECT (SELECT json_agg(u) FROM upserted u WHERE u.inserted) AS inserted,
            (SELECT json_agg(u) FROM upserted u WHERE u.id IN (SELECT id FROM was_withdrawn)) AS reinstated,
            (SELECT json_agg(g) FROM gone g) AS withdrawn`;

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
  /** Evaluate every school day from this one to today (the earliest changed registration); default today. */
  from?: string;
  /** Who hears back what happens to the signals (the importer); none for the nightly run. */
  raisedBy?: string | null;
  /** Withdraw signals that no longer fire (default true: after changed registrations; the nightly run does not). */
  withdraw?: boolean;
}

/** A signal whose registrations no longer cross its threshold on any evaluated day. */
export interface WithdrawnSignal {
  id: string;
  region_id: string;
  school_id: string;
  pupil_id: string;
  rule_key: string;
  route: string;
  case_id: string | null;
}

export interface EvaluationOutcome {
  /** New signals, and withdrawn ones that hold again. */
  raised: number;
  withdrawn: WithdrawnSignal[];
  /** Withdrawn signals that hold again: their readers are told, as they were of the withdrawal. */
  reinstated: WithdrawnSignal[];
}

export const WithdrawalReason = { REGISTRATIONS_CORRECTED: 'REGISTRATIONS_CORRECTED' } as const;
export type WithdrawalReason = (typeof WithdrawalReason)[keyof typeof WithdrawalReason];

/**
 * What the protocol finds to hold in this scope on each evaluated day (today unless `from` is given),
 * whether or not it crossed that day: the measure `evaluateRule` of libs/domain is held to.
 */
export async function firedSignals(
  manager: EntityManager,
  scope: EvaluationScope,
): Promise<(FiredSignal & { day: string })[]> {
  const today = scope.today ?? dutchDate();
  const plan = await loadPlan(manager, scope.schoolIds, today, scope.from ?? today);
  if (plan.rules.length === 0) return [];
  const rows: (FiredSignal & { day: string })[] = await withHashJoins(manager, () =>
    manager.query(
      `WITH ${EVALUATION_CTES}
     SELECT region_id, school_id, pupil_id, rule_key, window_start::text, route, floor(value * 10 + 0.5) / 10 AS value, eval_day::text AS day FROM outcome WHERE triggered AND candidate`,
      planParameters(plan, scope, true),
    ),
  );
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

/**
 * Evaluates the protocol in this scope for every school day from `from` to today and records what fires,
 * one signal per pupil, rule and window, dated on the day it crossed: registrations that arrive late
 * raise the signal their day would have raised. A signal that crossed in the evaluated days and no longer
 * fires on any of them (its registrations were corrected) is withdrawn, never deleted; one that fires
 * again is reinstated. Runs inside the caller's transaction; evaluating again changes nothing.
 */
export async function evaluateSignals(manager: EntityManager, scope: EvaluationScope): Promise<EvaluationOutcome> {
  const today = scope.today ?? dutchDate();
  const plan = await loadPlan(manager, scope.schoolIds, today, scope.from ?? today);
  if (plan.rules.length === 0) return { raised: 0, withdrawn: [], reinstated: [] };
  const parameters = [
    ...planParameters(plan, scope),
    scope.raisedBy ?? null,
    WithdrawalReason.REGISTRATIONS_CORRECTED,
    scope.from ?? today,
    scope.withdraw ?? true,
  ];
  type Rows = {
    inserted: WithdrawnSignal[] | null;
    reinstated: WithdrawnSignal[] | null;
    withdrawn: WithdrawnSignal[] | null;
  };
  const [rows]: Rows[] = await withHashJoins(manager, () => manager.query(EVALUATE_SQL, parameters));
  const moved = await moveCrossings(manager, rows.withdrawn ?? [], rows.inserted ?? []);
  const absorbed = new Set(moved.values());
  const withdrawn = (rows.withdrawn ?? []).filter((w) => !moved.has(w.id));
  const inserted = (rows.inserted ?? []).filter((n) => !absorbed.has(n.id));
  const reinstated = rows.reinstated ?? [];
  return { raised: inserted.length + reinstated.length, withdrawn, reinstated };
}

/**
 * Registrations that arrive late can move a crossing into another week (more absence, earlier), so the
 * evaluation withdraws the signal of the old window and raises one for the new. That is the same signal,
 * already seen, perhaps reported to DUO: it moves to its new day instead, and the just-inserted row goes.
 * Returns the moved signals' ids, each with the id of the row it absorbed.
 */
async function moveCrossings(
  manager: EntityManager,
  withdrawn: readonly WithdrawnSignal[],
  inserted: readonly WithdrawnSignal[],
): Promise<Map<string, string>> {
  const moved = new Map<string, string>();
  const absorbed = new Set<string>();
  for (const old of withdrawn) {
    const fresh = inserted.find(
      (n) => n.pupil_id === old.pupil_id && n.rule_key === old.rule_key && !absorbed.has(n.id),
    );
    if (!fresh) continue;
    absorbed.add(fresh.id);
    const [taken]: { window_start: string; crossed_on: string; value: number; report_due: string | null }[] =
      await manager.query(
        `WITH taken AS (DELETE FROM signal WHERE id = $1 RETURNING window_start::text, crossed_on::text, value, report_due::text) SELECT * FROM taken`,
        [fresh.id],
      );
    await manager.query(
      `UPDATE signal SET window_start = $2, crossed_on = $3, value = $4, report_due = $5, withdrawn_at = NULL, withdrawn_reason = NULL WHERE id = $1`,
      [old.id, taken.window_start, taken.crossed_on, taken.value, taken.report_due],
    );
    moved.set(old.id, fresh.id);
  }
  return moved;
}

/**
 * The plan's rows arrive as JSON, whose size PostgreSQL cannot estimate (it assumes 100 rows): with a
 * range of days it then joins them in nested loops, quadratic in the rows (30 s instead of 1 s for a
 * term of a few thousand pupils). Every join here is an equality join over sets, so hash and merge joins
 * are always right; nested loops are switched off for this statement only, and with them JIT compilation
 * (the switch inflates the estimates past its threshold, and compiling then took two seconds).
 */
async function withHashJoins<T>(manager: EntityManager, run: () => Promise<T>): Promise<T> {
  const [{ jit }]: { jit: string }[] = await manager.query(`SELECT current_setting('jit') AS jit`);
  await manager.query(`SELECT set_config('enable_nestloop', 'off', true), set_config('jit', 'off', true)`);
  try {
    return await run();
  } finally {
    await manager.query(`SELECT set_config('enable_nestloop', 'on', true), set_config('jit', $1, true)`, [jit]);
  }
}

function planParameters(plan: EvaluationPlan, scope: EvaluationScope, everyDay = false): unknown[] {
  return [
    JSON.stringify(plan.schools),
    JSON.stringify(plan.windows),
    JSON.stringify(plan.rules),
    scope.pupilIds ? [...scope.pupilIds] : null,
    everyDay,
  ];
}

/** Each school with the calendar in force today (its own, else its region's) and its region's enabled rules. */
async function loadPlan(
  manager: EntityManager,
  schoolIds: readonly string[],
  today: string,
  from: string,
): Promise<EvaluationPlan> {
  const schools: { id: string; regionId: string; sector: SchoolSector | null }[] = await manager.query(
    `SELECT id, region_id AS "regionId", sector FROM organisation WHERE id = ANY($1) AND kind = 'SCHOOL'`,
    [[...schoolIds]],
  );
  const regionIds = [...new Set(schools.map((s) => s.regionId))];
  const calendars = await calendarsInForce(manager, regionIds, today);
  const stored: (Omit<ProtocolRule, 'basis' | 'threshold'> & { regionId: string; threshold: string })[] =
    await manager.query(
      `SELECT region_id AS "regionId", key, threshold, window_school_weeks AS "windowSchoolWeeks", route, recipient, enabled, awaiting_law AS "awaitingLaw"
       FROM protocol_rule WHERE region_id = ANY($1) AND enabled`,
      [regionIds],
    );
  const rules = stored.map((r) => ({
    ...DEFAULT_PROTOCOL.find((d) => d.key === r.key)!,
    ...r,
    threshold: Number(r.threshold),
  }));
  const withCalendar: SchoolToEvaluate[] = [];
  for (const school of schools) {
    const calendar = calendarOf(calendars, school.regionId, school.id);
    if (calendar) withCalendar.push({ ...school, calendar });
  }
  return planEvaluation(withCalendar, (regionId) => rules.filter((r) => r.regionId === regionId), today, from);
}
