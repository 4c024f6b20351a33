import type { EntityManager } from 'typeorm';

/**
 * Retention step of the letter module: the letters on these cases stay as records (template, category,
 * delivery, sender, date) with subject and body `redacted` and no recipients.
 */
export async function redactLettersOfCases(
  manager: EntityManager,
  caseIds: readonly string[],
  redacted: string,
): Promise<void> {
  await manager.query(`UPDATE letter SET subject = $2, body = $2, recipients = '[]' WHERE case_id = ANY($1)`, [
    caseIds,
    redacted,
  ]);
}
