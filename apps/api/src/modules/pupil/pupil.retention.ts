import type { EntityManager } from 'typeorm';

/**
 * Retention step of the pupil module (run by retention.service in its transaction): these pupils lose
 * their identity and class (the year of birth stays, for reports by age) and their parents' records go.
 */
export async function anonymisePupils(manager: EntityManager, pupilIds: readonly string[], now: Date): Promise<void> {
  await manager.query(
    `UPDATE pupil SET given_name = 'Geanonimiseerd', family_name = '', eck_id = NULL, pupil_number = 'ANON-' || left(id::text, 8), group_name = '',
            date_of_birth = date_trunc('year', date_of_birth)::date, anonymised_at = $2
      WHERE id = ANY($1)`,
    [pupilIds, now],
  );
  await manager.query(`DELETE FROM guardian WHERE pupil_id = ANY($1)`, [pupilIds]);
}
