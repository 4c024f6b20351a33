import type { EntityManager } from 'typeorm';
import type { ReminderSettings } from '@aanwezig/domain';
import { OrganisationEntity } from './organisation.entity';

/**
 * Writes an organisation's reminder settings (the reminder module decides who may and what they are):
 * the organisation module owns the table, so the write is here. In the caller's transaction.
 */
export async function setReminderSettings(
  manager: EntityManager,
  organisationId: string,
  settings: Partial<ReminderSettings>,
): Promise<void> {
  await manager.update(OrganisationEntity, { id: organisationId }, { reminderSettings: settings });
}
