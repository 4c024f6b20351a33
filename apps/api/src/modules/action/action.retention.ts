import type { EntityManager } from 'typeorm';

/**
 * Retention step of the action module: the actions on these cases stay (who, when, done or not) with
 * their title `redacted` and no completion note. Returns their ids, for the notifications about them.
 */
export async function redactActionsOfCases(
  manager: EntityManager,
  caseIds: readonly string[],
  redacted: string,
): Promise<string[]> {
  const actions: { id: string }[] = await manager.query(
    `UPDATE case_action SET title = $2, completion_note = NULL WHERE case_id = ANY($1) RETURNING id`,
    [caseIds, redacted],
  );
  return actions.map((a) => a.id);
}
