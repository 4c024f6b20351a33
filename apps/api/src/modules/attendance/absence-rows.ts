import type { EntityManager } from 'typeorm';
import type { AbsenceReason } from '@aanwezig/domain';

/** One registration as `absence_record` stores it (the import's rows and the generated demo rows alike). */
export interface AbsenceRecordRow {
  pupil_id: string;
  school_id: string;
  date: string;
  slot: string;
  start_time: string | null;
  end_time: string | null;
  minutes: number;
  lesson_hour: number | null;
  authorised: boolean;
  reason: AbsenceReason;
}

/**
 * Inserts registrations in one statement (json_to_recordset), skipping any already present by the
 * natural key (pupil, day, slot). Returns how many were new. For generated data; imports replace.
 */
export async function insertAbsenceRows(
  manager: Pick<EntityManager, 'query'>,
  regionId: string,
  importedBy: string,
  rows: readonly AbsenceRecordRow[],
): Promise<number> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO absence_record (region_id, school_id, pupil_id, date, slot, start_time, end_time, minutes, lesson_hour, authorised, reason, imported_by)
     SELECT $2, school_id, pupil_id, date, slot, start_time, end_time, minutes, lesson_hour, authorised, reason, $3
       FROM json_to_recordset($1::json) AS x(school_id uuid, pupil_id uuid, date date, slot text, start_time text, end_time text, minutes int, lesson_hour smallint, authorised boolean, reason text)
     ON CONFLICT (school_id, pupil_id, date, slot) DO NOTHING RETURNING 1`,
    [JSON.stringify(rows), regionId, importedBy],
  );
  return inserted.length;
}

export interface Replacement {
  regionId: string;
  schoolId: string;
  importedBy: string;
  /** The pupils the source speaks for, over the period from…to (inclusive). */
  pupilIds: readonly string[];
  /** Remove stored registrations the rows do not hold (false: only replace changed ones). */
  removeMissing: boolean;
  from: string;
  to: string;
  rows: readonly AbsenceRecordRow[];
  onProgress?: (rowsDone: number) => void;
}

export interface ReplacementResult {
  inserted: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** The earliest day whose registrations changed, or null when nothing did. */
  earliestChange: string | null;
  touchedPupilIds: string[];
}

const CHUNK = 5000;

/**
 * Makes the stored registrations of these pupils over the period exactly the given rows: a stored
 * registration whose slot is missing from the rows is removed, one whose values differ is replaced (rows
 * are never updated in place: the day roll-up follows inserts and deletes), one that is equal stays.
 */
export async function replaceAbsenceRows(
  manager: Pick<EntityManager, 'query'>,
  r: Replacement,
): Promise<ReplacementResult> {
  const [gone]: { removed: number; changed: number; earliest: string | null; pupils: string[] | null }[] =
    await manager.query(
      `WITH incoming AS (
       SELECT * FROM json_to_recordset($1::json) AS x(pupil_id uuid, date date, slot text, start_time text, end_time text, minutes int, lesson_hour smallint, authorised boolean, reason text)
     ), deleted AS (
       DELETE FROM absence_record a
        WHERE a.school_id = $2 AND a.pupil_id = ANY($3) AND a.date BETWEEN $4 AND $5
          AND ($6::boolean OR EXISTS (SELECT 1 FROM incoming i WHERE i.pupil_id = a.pupil_id AND i.date = a.date AND i.slot = a.slot))
          AND NOT EXISTS (
            SELECT 1 FROM incoming i
             WHERE i.pupil_id = a.pupil_id AND i.date = a.date AND i.slot = a.slot
               AND (i.start_time, i.end_time, i.minutes, i.lesson_hour, i.authorised, i.reason)
                   IS NOT DISTINCT FROM (a.start_time, a.end_time, a.minutes, a.lesson_hour, a.authorised, a.reason))
       RETURNING a.pupil_id, a.date, EXISTS (SELECT 1 FROM incoming i WHERE i.pupil_id = a.pupil_id AND i.date = a.date AND i.slot = a.slot) AS replaced
     )
     SELECT count(*) FILTER (WHERE NOT replaced)::int AS removed, count(*) FILTER (WHERE replaced)::int AS changed,
            min(date)::text AS earliest, array_agg(DISTINCT pupil_id)::text[] AS pupils
       FROM deleted`,
      [
        JSON.stringify(
          r.rows.map(({ pupil_id, date, slot, start_time, end_time, minutes, lesson_hour, authorised, reason }) => ({
            pupil_id,
            date,
            slot,
            start_time,
            end_time,
            minutes,
            lesson_hour,
            authorised,
            reason,
          })),
        ),
        r.schoolId,
        [...r.pupilIds],
        r.from,
        r.to,
        r.removeMissing,
      ],
    );
  let written = 0;
  let earliest = gone.earliest;
  const touched = new Set(gone.pupils ?? []);
  for (let i = 0; i < r.rows.length; i += CHUNK) {
    const inserted: { pupil_id: string; date: string }[] = await manager.query(
      `INSERT INTO absence_record (region_id, school_id, pupil_id, date, slot, start_time, end_time, minutes, lesson_hour, authorised, reason, imported_by)
       SELECT $2, school_id, pupil_id, date, slot, start_time, end_time, minutes, lesson_hour, authorised, reason, $3
         FROM json_to_recordset($1::json) AS x(school_id uuid, pupil_id uuid, date date, slot text, start_time text, end_time text, minutes int, lesson_hour smallint, authorised boolean, reason text)
       ON CONFLICT (school_id, pupil_id, date, slot) DO NOTHING RETURNING pupil_id, date::text`,
      [JSON.stringify(r.rows.slice(i, i + CHUNK)), r.regionId, r.importedBy],
    );
    written += inserted.length;
    for (const row of inserted) {
      touched.add(row.pupil_id);
      if (!earliest || row.date < earliest) earliest = row.date;
    }
    r.onProgress?.(Math.min(i + CHUNK, r.rows.length));
  }
  return {
    inserted: written - gone.changed,
    changed: gone.changed,
    removed: gone.removed,
    unchanged: r.rows.length - written,
    earliestChange: earliest,
    touchedPupilIds: [...touched],
  };
}
