import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { MeetingAccess } from './meeting-access';
import { MeetingReplays } from './meeting.replay';
import { MeetingResolver } from './meeting.resolver';
import { AgendaService } from './agenda.service';
import { MeetingService } from './meeting.service';
import { MinutesService } from './minutes.service';

@Module({
  imports: [CaseModule],
  providers: [MeetingAccess, MeetingService, AgendaService, MinutesService, MeetingResolver, MeetingReplays],
  // AgendaService: the signal module puts a case on an agenda inside its own transaction (addAgendaItemIn).
  exports: [MeetingService, AgendaService, MeetingAccess],
})
export class MeetingModule {}
