import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { SubjectAccessService } from './subject-access.service';

@Module({ imports: [CaseModule], providers: [AuditService, SubjectAccessService, AuditResolver] })
export class AuditModule {}
