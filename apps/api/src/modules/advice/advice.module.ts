import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { AdviceReplays } from './advice.replay';
import { AdviceResolver } from './advice.resolver';
import { AdviceService } from './advice.service';
import { CaseAdviceResolver } from './case-advice.resolver';

@Module({ imports: [CaseModule], providers: [AdviceService, AdviceResolver, CaseAdviceResolver, AdviceReplays] })
export class AdviceModule {}
