import { Module } from '@nestjs/common';
import { CaseAccess } from './case-access';
import { CaseResolver } from './case.resolver';
import { CaseService } from './case.service';

@Module({ providers: [CaseAccess, CaseService, CaseResolver], exports: [CaseAccess, CaseService] })
export class CaseModule {}
