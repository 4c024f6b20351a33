import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { ReportController } from './report.controller';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';

@Module({ imports: [CaseModule], providers: [ReportService, ReportResolver], controllers: [ReportController] })
export class ReportModule {}
