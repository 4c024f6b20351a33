import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { ReplayReaders, foundIn } from '../../core/idempotency/replay';
import { TakeCensusInput } from './dto/take-census.input';
import { CensusModel, MsaReportModel } from './report.model';
import { ReportService } from './report.service';

@Resolver(() => MsaReportModel)
export class ReportResolver {
  constructor(
    private readonly reports: ReportService,
    replays: ReplayReaders,
  ) {
    // A retried takeCensus reads the census again among the region's census dates (core/idempotency).
    replays.register<CensusModel>('Census', {
      read: async (session, id) => foundIn(await reports.censuses(session), (c) => c.id === id),
    });
  }

  @Query(() => [CensusModel], { description: "The region's census dates (peildata), newest first." })
  @Allow('read', 'Report')
  censusDates(@CurrentSession() session: Session) {
    return this.reports.censuses(session);
  }

  @Mutation(() => CensusModel, {
    description: 'Freezes the region on a census date; the MSA report is built from it and never changes.',
  })
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
