import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { sendDownload } from '../../core/http/download';
import { reportCsv, reportXlsx } from './report-files';
import { reportPdf } from './report-pdf';
import { unknownFormat } from './report.errors';
import { ReportService } from './report.service';

const TYPES = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Downloads of the MSA report, with the same bearer token and the same view as the screen. */
@Controller('reports')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Get('msa/:censusId/:format')
  @Allow('read', 'Report')
  async download(
    @CurrentSession() session: Session,
    @Param('censusId') censusId: string,
    @Param('format') format: string,
    @Res() res: Response,
  ): Promise<void> {
    if (!(format in TYPES)) throw unknownFormat();
    const { report, census } = await this.reports.report(session, censusId);
    const kind = format as keyof typeof TYPES;
    const region = await this.reports.regionName(census.regionId);
    const body =
      kind === 'pdf'
        ? await reportPdf(report, region)
        : kind === 'csv'
          ? Buffer.from(reportCsv(report), 'utf8')
          : await reportXlsx(report);
    sendDownload(res, body, TYPES[kind], `msa-rapportage-${census.censusDate}.${kind}`);
  }
}
