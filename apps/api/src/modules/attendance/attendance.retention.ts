import type { EntityManager } from 'typeorm';

/** Retention steps of the attendance module: absence registrations (the school's system keeps its own). */

/** Registrations older than the period go, for every pupil. */
export async function forgetOldRegistrations(manager: EntityManager, cutoff: string): Promise<void> {
  await manager.query(`DELETE FROM absence_record WHERE date < $1::date`, [cutoff]);
}

/** Every registration of these pupils (being anonymised) goes. */
export async function forgetRegistrationsOfPupils(manager: EntityManager, pupilIds: readonly string[]): Promise<void> {
  await manager.query(`DELETE FROM absence_record WHERE pupil_id = ANY($1)`, [pupilIds]);
}
