import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import { REMINDER_LIMITS, reminderSettings, type ReminderSettings } from '@aanwezig/domain';
import type { Session } from '../../core/auth/request-context';
import { AppError } from '../../core/errors/app-error';
import { InputError } from '../../core/errors/input';
import { isUuid } from '../../core/database/uuid';
import { OrganisationEntity } from '../organisation/organisation.entity';
import type { ReminderSettingsInput, ReminderSettingsModel } from './reminder-settings.model';

const LABELS: Record<keyof ReminderSettings, string> = {
  reminderDaysBefore: 'Het aantal dagen vooraf',
  escalateAfterDays: 'Het aantal dagen tot de controle',
  digestWeekday: 'De dag van het weekoverzicht',
};

/** Per organisation: read by everyone in the region, changed by its coordinators or the ADMIN. */
@Injectable()
export class ReminderSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  async get(session: Session, organisationId: string): Promise<ReminderSettingsModel> {
    const organisation = await this.organisation(session, organisationId);
    return { organisationId: organisation.id, ...reminderSettings(organisation.reminderSettings) };
  }

  async update(session: Session, organisationId: string, input: ReminderSettingsInput): Promise<ReminderSettingsModel> {
    for (const key of Object.keys(REMINDER_LIMITS) as (keyof ReminderSettings)[]) {
      const value = input[key];
      const { min, max } = REMINDER_LIMITS[key];
      if (value !== undefined && value !== null && (!Number.isInteger(value) || value < min || value > max)) {
        throw new InputError(key, `${LABELS[key]} is een heel getal van ${min} tot ${max}.`);
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisation(session, organisationId, manager);
      if (
        !session.ability.can(
          'update',
          subject('Organisation', { id: organisation.id, regionId: organisation.regionId }),
        )
      ) {
        throw new AppError(
          'FORBIDDEN',
          'Alleen de coördinatoren van deze organisatie of de beheerder wijzigen de herinneringen.',
        );
      }
      const merged = {
        ...reminderSettings(organisation.reminderSettings),
        ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)),
      };
      await manager.update(OrganisationEntity, { id: organisation.id }, { reminderSettings: merged });
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
      throw new AppError('NOT_FOUND', 'Deze organisatie bestaat niet in uw samenwerkingsverband.');
    }
    return organisation;
  }
}
