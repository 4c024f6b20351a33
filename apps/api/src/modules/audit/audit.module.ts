import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The access log: who saw or changed which pupil's data (audit.ts writes it, the privacy officer reads it). */
@Module({ providers: [AuditService, AuditResolver] })
export class AuditModule {}
