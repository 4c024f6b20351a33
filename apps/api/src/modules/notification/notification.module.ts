import { Module } from '@nestjs/common';
import { MailDispatcher } from './mail-dispatcher';
import { Mailer } from './mailer';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

@Module({
  providers: [NotificationService, NotificationResolver, Mailer, MailDispatcher],
  exports: [Mailer, MailDispatcher],
})
export class NotificationModule {}
