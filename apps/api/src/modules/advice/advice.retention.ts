import type { EntityManager } from 'typeorm';

/** Retention step of the advice module: the jeugdarts's advice on these cases goes. */
export async function forgetAdviceOfCases(manager: EntityManager, caseIds: readonly string[]): Promise<void> {
  await manager.query(`DELETE FROM advice WHERE case_id = ANY($1)`, [caseIds]);
}
