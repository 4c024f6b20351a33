import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { ReplayReaders } from '../../core/idempotency/replay';
import { ReminderSettingsInput } from './dto/reminder-settings.input';
import { ReminderSettingsModel } from './reminder-settings.model';
import { ReminderSettingsService } from './reminder-settings.service';

@Resolver(() => ReminderSettingsModel)
export class ReminderResolver {
  constructor(
    private readonly settings: ReminderSettingsService,
    replays: ReplayReaders,
  ) {
    // A retried updateReminderSettings reads the organisation's settings again (core/idempotency).
    replays.register<ReminderSettingsModel>('ReminderSettings', {
      idOf: (s) => s.organisationId,
      read: (session, organisationId) => settings.get(session, organisationId),
    });
  }

  @Query(() => ReminderSettingsModel, { description: "An organisation's reminder and escalation settings." })
  @Allow('read', 'Organisation')
  reminderSettings(
    @CurrentSession() session: Session,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ) {
    return this.settings.get(session, organisationId);
  }

  @Mutation(() => ReminderSettingsModel, {
    description: 'Changes the reminders for actions on this organisation’s cases; unset fields stay as they are.',
  })
  @Allow('read', 'Organisation')
  updateReminderSettings(
    @CurrentSession() session: Session,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('input') input: ReminderSettingsInput,
  ) {
    return this.settings.update(session, organisationId, input);
  }
}
