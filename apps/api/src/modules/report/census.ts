import type { EntityManager } from 'typeorm';
import { censusExists } from './report.errors';

export interface CensusRequest {
  regionId: string;
  /** YYYY-MM-DD, on or before today. */
  date: string;
  takenBy: string;
  exemptions5a?: number | null;
  absoluteAbsence?: number | null;
}

const LOCAL_DATE = (column: string) => `(${column} AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * Freezes the region on `date` in the caller's transaction: every school's population (its pupils on
 * record now), the cases open or monitoring on that date, and the cases closed since the census before,
 * with their category, typology and outcome as they are now. Three INSERT … SELECTs, no rows through Node.
 */
export async function takeCensusIn(manager: EntityManager, request: CensusRequest): Promise<string> {
  const [latest]: { census_date: string }[] = await manager.query(
    `SELECT census_date::text FROM census WHERE region_id = $1 ORDER BY census_date DESC LIMIT 1 FOR UPDATE`,
    [request.regionId],
  );
  if (latest && latest.census_date >= request.date) throw censusExists(latest.census_date, request.date);
  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO census (region_id, census_date, exemptions_5a, absolute_absence, taken_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [request.regionId, request.date, request.exemptions5a ?? null, request.absoluteAbsence ?? null, request.takenBy],
  );
  await manager.query(
    `INSERT INTO census_school (census_id, school_id, school_name, population)
     SELECT $1, o.id, o.name, (SELECT count(*) FROM pupil p WHERE p.school_id = o.id AND p.anonymised_at IS NULL)
       FROM organisation o WHERE o.region_id = $2 AND o.kind = 'SCHOOL'`,
    [id, request.regionId],
  );
  await manager.query(
    `INSERT INTO census_case (census_id, school_id, case_id, phase, category, typology, status, outcome)
     SELECT $1, c.school_id, c.id,
            CASE WHEN c.closed_at IS NULL OR ${LOCAL_DATE('c.closed_at')} > $3::date THEN 'ACTIVE' ELSE 'CLOSED' END,
            c.category, c.typology,
            CASE WHEN c.status = 'CLOSED' AND ${LOCAL_DATE('c.closed_at')} > $3::date THEN 'OPEN' ELSE c.status END, c.outcome
       FROM case_file c
      WHERE c.region_id = $2 AND ${LOCAL_DATE('c.created_at')} <= $3::date
        AND (c.closed_at IS NULL OR ${LOCAL_DATE('c.closed_at')} > $3::date
             OR ${LOCAL_DATE('c.closed_at')} > COALESCE($4::date, '-infinity'::date))`,
    [id, request.regionId, request.date, latest?.census_date ?? null],
  );
  return id;
}
