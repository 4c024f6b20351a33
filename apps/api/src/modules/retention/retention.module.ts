import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { RetentionService } from './retention.service';

@Module({ imports: [NotificationModule], providers: [RetentionService], exports: [RetentionService] })
export class RetentionModule {}
