import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { CensusResolver } from './census.resolver';
import { ReportController } from './report.controller';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';

@Module({
  imports: [CaseModule],
  providers: [ReportService, ReportResolver, CensusResolver],
  controllers: [ReportController],
})
export class ReportModule {}
