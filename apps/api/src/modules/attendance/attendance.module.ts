import { Module } from '@nestjs/common';
import { AbsenceImportService } from './absence-import.service';
import { AttendanceResolver } from './attendance.resolver';
import { ProtocolResolver } from './protocol.resolver';
import { ProtocolService } from './protocol.service';

@Module({ providers: [AbsenceImportService, AttendanceResolver, ProtocolService, ProtocolResolver] })
export class AttendanceModule {}
