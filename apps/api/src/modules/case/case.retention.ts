import { TIMELINE_REDACTED } from '@aanwezig/messages';
import type { EntityManager } from 'typeorm';

/**
 * Retention steps of the case module. The cases of anonymised pupils keep school, category, typology,
 * tier, status and outcome, so reports still count them; their free texts go, and their timeline entries
 * keep kind, category, actor and time but say their content was removed (`redacted`).
 */

/** The cases of these pupils. */
export async function casesOfPupils(manager: EntityManager, pupilIds: readonly string[]): Promise<string[]> {
  const cases: { id: string }[] = await manager.query(`SELECT id FROM case_file WHERE pupil_id = ANY($1)`, [pupilIds]);
  return cases.map((c) => c.id);
}

export async function redactCases(manager: EntityManager, caseIds: readonly string[]): Promise<void> {
  await manager.query(`UPDATE case_file SET mentor_notes = NULL, home_situation = NULL WHERE id = ANY($1)`, [caseIds]);
  await manager.query(`UPDATE timeline_entry SET params = $2 WHERE case_id = ANY($1)`, [
    caseIds,
    { [TIMELINE_REDACTED]: 1 },
  ]);
}
