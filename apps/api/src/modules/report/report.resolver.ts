import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { CensusModel, MsaReportModel, TakeCensusInput } from './report.model';
import { ReportService } from './report.service';

@Resolver(() => MsaReportModel)
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => [CensusModel], { description: "The region's census dates (peildata), newest first." })
  @Allow('read', 'Report')
  censusDates(@CurrentSession() session: Session) {
    return this.reports.censuses(session);
  }

  @Mutation(() => CensusModel, { description: 'Freezes the region on a census date; the MSA report is built from it and never changes.' })
  @Allow('create', 'Census')
  takeCensus(@CurrentSession() session: Session, @Args('input') input: TakeCensusInput) {
    return this.reports.take(session, input);
  }

  @Query(() => MsaReportModel, { description: 'The MSA report for a census date, as you may see it.' })
  @Allow('read', 'Report')
  async msaReport(@CurrentSession() session: Session, @Args('censusId', { type: () => ID }) censusId: string) {
    return (await this.reports.report(session, censusId)).model;
  }
}
