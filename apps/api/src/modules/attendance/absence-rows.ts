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
 * natural key, so a re-import changes nothing. Returns how many were new.
 */
export async function insertAbsenceRows(manager: Pick<EntityManager, 'query'>, regionId: string, importedBy: string, rows: readonly AbsenceRecordRow[]): Promise<number> {
  const inserted: unknown[] = await manager.query(
    `INSERT INTO absence_record (region_id, school_id, pupil_id, date, slot, start_time, end_time, minutes, lesson_hour, authorised, reason, imported_by)
     SELECT $2, school_id, pupil_id, date, slot, start_time, end_time, minutes, lesson_hour, authorised, reason, $3
       FROM json_to_recordset($1::json) AS x(school_id uuid, pupil_id uuid, date date, slot text, start_time text, end_time text, minutes int, lesson_hour smallint, authorised boolean, reason text)
     ON CONFLICT (school_id, pupil_id, date, slot, reason) DO NOTHING RETURNING 1`,
    [JSON.stringify(rows), regionId, importedBy],
  );
  return inserted.length;
}
