import type { EntityManager } from 'typeorm';

/**
 * Retention step of the meeting module: the minutes sections and decisions on these cases' agenda
 * items keep their place in the meeting, with their text `redacted`.
 */
export async function redactMinutesOfCases(
  manager: EntityManager,
  caseIds: readonly string[],
  redacted: string,
): Promise<void> {
  await manager.query(
    `UPDATE minutes_section SET body = $2 WHERE agenda_item_id IN (SELECT id FROM agenda_item WHERE case_id = ANY($1))`,
    [caseIds, redacted],
  );
  await manager.query(
    `UPDATE decision SET body = $2 WHERE agenda_item_id IN (SELECT id FROM agenda_item WHERE case_id = ANY($1))`,
    [caseIds, redacted],
  );
}
