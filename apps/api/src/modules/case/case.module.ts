import { Module } from '@nestjs/common';
import { CaseAccess } from './case-access';
import { CaseEditing } from './case-editing.service';
import { CaseEvents } from './case-events';
import { CaseReplays } from './case.replay';
import { CaseResolver } from './case.resolver';
import { CaseService } from './case.service';

@Module({
  providers: [CaseAccess, CaseEvents, CaseService, CaseEditing, CaseResolver, CaseReplays],
  exports: [CaseAccess, CaseEvents, CaseService, CaseReplays],
})
export class CaseModule {}
