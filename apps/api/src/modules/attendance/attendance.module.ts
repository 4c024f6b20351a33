import { Module } from '@nestjs/common';
import { MeetingModule } from '../meeting/meeting.module';
import { AbsenceImportService } from './absence-import.service';
import { AttendanceResolver } from './attendance.resolver';
import { ImportProgressRegistry } from './import-progress';
import { ProtocolResolver } from './protocol.resolver';
import { ProtocolService } from './protocol.service';
import { SignalResolver } from './signal.resolver';
import { SignalScheduleService } from './signal-schedule.service';
import { SignalService } from './signal.service';

@Module({
  imports: [MeetingModule],
  providers: [
    AbsenceImportService,
    ImportProgressRegistry,
    AttendanceResolver,
    ProtocolService,
    ProtocolResolver,
    SignalService,
    SignalResolver,
    SignalScheduleService,
  ],
})
export class AttendanceModule {}
