import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import { reminderSettings } from '@aanwezig/domain';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { setReminderSettings } from '../organisation/organisation-settings';
import type { ReminderSettingsModel } from './reminder-settings.model';
import { checkReminderSettings, type ReminderSettingsInput } from './dto/reminder-settings.input';
import { onlyCoordinatorsChangeReminders, reminderOrganisationNotFound } from './reminder.errors';

/** Per organisation: read by everyone in the region, changed by its coordinators or the ADMIN. */
@Injectable()
export class ReminderSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(session: Session, organisationId: string): Promise<ReminderSettingsModel> {
    const organisation = await this.organisation(session, organisationId);
    return { organisationId: organisation.id, ...reminderSettings(organisation.reminderSettings) };
  }

  async update(session: Session, organisationId: string, input: ReminderSettingsInput): Promise<ReminderSettingsModel> {
    const given = checkReminderSettings(input);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisation(session, organisationId, manager);
      if (
        !session.ability.can(
          'update',
          subject('Organisation', { id: organisation.id, regionId: organisation.regionId }),
        )
      ) {
        throw onlyCoordinatorsChangeReminders();
      }
      const merged = { ...reminderSettings(organisation.reminderSettings), ...given };
      await setReminderSettings(manager, organisation.id, merged);
      return { organisationId: organisation.id, ...reminderSettings(merged) };
    });
  }

  private async organisation(
    session: Session,
    id: string,
    manager = this.dataSource.manager,
  ): Promise<OrganisationEntity> {
    const organisation = isUuid(id) ? await manager.findOneBy(OrganisationEntity, { id }) : null;
    if (
      !organisation ||
      !session.ability.can('read', subject('Organisation', { id: organisation.id, regionId: organisation.regionId }))
    ) {
      throw reminderOrganisationNotFound();
    }
    return organisation;
  }
}
