import type { EntityManager } from 'typeorm';

/**
 * Retention step of the notification module: notifications that point at records retention removes or
 * empties (their text is neutral, but their references lead to the pupil) go with them.
 */
export async function forgetNotificationsAbout(
  manager: EntityManager,
  about: { caseIds?: readonly string[]; signalIds?: readonly string[]; actionIds?: readonly string[] },
): Promise<void> {
  const { caseIds = [], signalIds = [], actionIds = [] } = about;
  if (caseIds.length + signalIds.length + actionIds.length === 0) return;
  await manager.query(
    `DELETE FROM notification WHERE case_id = ANY($1) OR signal_id = ANY($2) OR action_id = ANY($3)`,
    [caseIds, signalIds, actionIds],
  );
}
