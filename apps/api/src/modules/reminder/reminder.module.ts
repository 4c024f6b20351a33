import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { ReminderResolver } from './reminder.resolver';
import { ReminderSettingsService } from './reminder-settings.service';
import { ReminderService } from './reminder.service';
import { JobScheduler } from './scheduler';

@Module({
  imports: [NotificationModule],
  providers: [ReminderService, ReminderSettingsService, ReminderResolver, JobScheduler],
  exports: [ReminderService],
})
export class ReminderModule {}
