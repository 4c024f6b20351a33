import { Module } from '@nestjs/common';
import { AbsenceImportService } from './absence-import.service';
import { AttendanceResolver } from './attendance.resolver';
import { CaseAttendanceResolver } from './case-attendance.resolver';
import { ImportProgressRegistry } from './import-progress';
import { RegistrationEvents } from './registration-events';

/** Absence registrations: the import, school calendars and a pupil's attendance (also on the case). */
@Module({
  providers: [
    AbsenceImportService,
    ImportProgressRegistry,
    AttendanceResolver,
    CaseAttendanceResolver,
    RegistrationEvents,
  ],
  exports: [RegistrationEvents],
})
export class AttendanceModule {}
