import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { MeetingAccess } from './meeting-access';
import { MeetingReplays } from './meeting.replay';
import { MeetingResolver } from './meeting.resolver';
import { MeetingService } from './meeting.service';

@Module({
  imports: [CaseModule],
  providers: [MeetingAccess, MeetingService, MeetingResolver, MeetingReplays],
  exports: [MeetingService, MeetingAccess],
})
export class MeetingModule {}
