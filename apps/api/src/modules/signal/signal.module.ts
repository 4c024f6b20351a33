import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { CaseModule } from '../case/case.module';
import { MeetingModule } from '../meeting/meeting.module';
import { SignalListeners } from './signal-listeners';
import { SignalResolver } from './signal.resolver';
import { SignalScheduleService } from './signal-schedule.service';
import { SignalService } from './signal.service';

/**
 * Signals: the protocol evaluated over the registrations (on import and nightly), the worry flag, their
 * routing, handling (to a case, to an agenda), withdrawal and the legal report's escalation.
 */
@Module({
  imports: [AttendanceModule, CaseModule, MeetingModule],
  providers: [SignalService, SignalResolver, SignalScheduleService, SignalListeners],
})
export class SignalModule {}
