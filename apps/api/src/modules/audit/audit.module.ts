import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { SubjectAccessService } from './subject-access.service';

@Module({ providers: [AuditService, SubjectAccessService, AuditResolver] })
export class AuditModule {}
