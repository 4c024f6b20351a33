import type { EntityManager } from 'typeorm';

/**
 * Retention step of the consent module: the consents of these pupils stay as records (who agreed to
 * what sharing, when), without the parents and the purpose, which become `redacted`.
 */
export async function redactConsentsOfPupils(
  manager: EntityManager,
  pupilIds: readonly string[],
  redacted: string,
): Promise<void> {
  await manager.query(`UPDATE consent SET guardian_ids = '{}', purpose = $2 WHERE pupil_id = ANY($1)`, [
    pupilIds,
    redacted,
  ]);
}
