import type { EntityManager } from 'typeorm';
import { DEFAULT_PROTOCOL, SchoolCalendar, countingFor, dutchDate, evaluateRule, type Absence, type ProtocolRule, type SchoolSector } from '@aanwezig/domain';
import { calendarOf, calendarsInForce } from './calendars';

/**
 * Evaluates the region's enabled rules for every pupil of a school on `today` and records the signals
 * that fire, one per pupil, rule and window (a second evaluation adds nothing). Runs inside the
 * caller's transaction (after an import). Returns the number of new signals.
 */
export async function evaluateSchool(manager: EntityManager, schoolId: string, today = dutchDate()): Promise<number> {
  const [school]: { region_id: string; sector: SchoolSector | null }[] = await manager.query(`SELECT region_id, sector FROM organisation WHERE id = $1`, [schoolId]);
  const calendar = calendarOf(await calendarsInForce(manager, [school.region_id], today), school.region_id, schoolId);
  if (!calendar) return 0;
  const stored: (Omit<ProtocolRule, 'labelNl' | 'basis'> & { threshold: string })[] = await manager.query(
    `SELECT key, threshold, window_school_weeks AS "windowSchoolWeeks", route, recipient, enabled, awaiting_law AS "awaitingLaw" FROM protocol_rule WHERE region_id = $1 AND enabled`,
    [school.region_id],
  );
  const rules: ProtocolRule[] = stored.map((r) => ({ ...DEFAULT_PROTOCOL.find((d) => d.key === r.key)!, ...r, threshold: Number(r.threshold) }));
  const rows: (Absence & { pupilId: string })[] = await manager.query(
    `SELECT a.pupil_id AS "pupilId", a.date::text AS date, a.minutes, a.lesson_hour AS "lessonHour", a.authorised, a.reason, a.school_id AS "schoolId"
       FROM absence_record a JOIN pupil p ON p.id = a.pupil_id WHERE p.school_id = $1 AND a.date >= $2 AND a.date <= $3`,
    [schoolId, calendar.firstDay, today],
  );
  const byPupil = new Map<string, Absence[]>();
  for (const { pupilId, ...absence } of rows) byPupil.set(pupilId, [...(byPupil.get(pupilId) ?? []), absence]);
  const counting = countingFor(school.sector);
  const schoolCalendar = new SchoolCalendar(calendar);
  const fired: Record<string, unknown>[] = [];
  for (const [pupilId, absences] of byPupil) {
    for (const rule of rules) {
      const outcome = evaluateRule(rule, { today, calendar: schoolCalendar, counting, absences, yearStart: calendar.firstDay });
      if (outcome.triggered) {
        fired.push({ region_id: school.region_id, school_id: schoolId, pupil_id: pupilId, rule_key: rule.key, window_start: outcome.windowStart, value: outcome.value, route: rule.route });
      }
    }
  }
  if (fired.length === 0) return 0;
  const inserted: unknown[] = await manager.query(
    `INSERT INTO signal (region_id, school_id, pupil_id, rule_key, window_start, value, route)
     SELECT * FROM json_to_recordset($1::json) AS x(region_id uuid, school_id uuid, pupil_id uuid, rule_key text, window_start date, value numeric, route text)
     ON CONFLICT (pupil_id, rule_key, window_start) DO NOTHING RETURNING 1`,
    [JSON.stringify(fired)],
  );
  return inserted.length;
}
