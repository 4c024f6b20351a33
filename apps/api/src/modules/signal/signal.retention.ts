import type { EntityManager } from 'typeorm';

/**
 * Retention steps of the signal module. Each returns the ids of the signals it removed, so the
 * notifications about them can go too.
 */

/** Signals of these pupils (being anonymised) go. */
export async function forgetSignalsOfPupils(manager: EntityManager, pupilIds: readonly string[]): Promise<string[]> {
  // A CTE: TypeORM answers a bare DELETE … RETURNING with [rows, count], not the rows.
  const removed: { id: string }[] = await manager.query(
    `WITH gone AS (DELETE FROM signal WHERE pupil_id = ANY($1) RETURNING id) SELECT id FROM gone`,
    [pupilIds],
  );
  return removed.map((s) => s.id);
}

/** Signals older than the period that never led to a case go (the registrations they rested on go as well). */
export async function forgetOldSignals(manager: EntityManager, cutoff: string): Promise<string[]> {
  const removed: { id: string }[] = await manager.query(
    `WITH gone AS (DELETE FROM signal WHERE crossed_on < $1::date AND case_id IS NULL RETURNING id) SELECT id FROM gone`,
    [cutoff],
  );
  return removed.map((s) => s.id);
}
