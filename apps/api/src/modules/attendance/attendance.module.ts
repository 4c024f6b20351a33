import { Module } from '@nestjs/common';
import { AbsenceImportService } from './absence-import.service';
import { AttendanceResolver } from './attendance.resolver';

@Module({ providers: [AbsenceImportService, AttendanceResolver] })
export class AttendanceModule {}
