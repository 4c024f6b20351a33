import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { AdviceResolver } from './advice.resolver';
import { AdviceService } from './advice.service';

@Module({ imports: [CaseModule], providers: [AdviceService, AdviceResolver] })
export class AdviceModule {}
