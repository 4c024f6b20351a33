import { Module } from '@nestjs/common';
import { CaseAccess } from './case-access';
import { CaseReplays } from './case.replay';
import { CaseResolver } from './case.resolver';
import { CaseService } from './case.service';

@Module({ providers: [CaseAccess, CaseService, CaseResolver, CaseReplays], exports: [CaseAccess, CaseService] })
export class CaseModule {}
