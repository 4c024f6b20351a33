import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../core/auth/request-context';
import { MSA_SUPPRESSION_THRESHOLD } from '@aanwezig/domain';
import { requestLoader } from '../../core/graphql/request-loaders';
import { CensusFrozenModel, CensusModel } from './report.model';
import { ReportService } from './report.service';

/** Census.frozen: what a census froze, so the one who took it is told exactly that. One query per request. */
@Resolver(() => CensusModel)
export class CensusResolver {
  constructor(private readonly reports: ReportService) {}

  @ResolveField(() => CensusFrozenModel, {
    description: 'What this census froze: schools, their pupils and the cases counted (small counts suppressed).',
  })
  frozen(@Parent() census: CensusModel, @Context() { req }: GraphQLContext): Promise<CensusFrozenModel> {
    return requestLoader(req, 'report.censusFrozen', (ids) => this.reports.frozen(ids), {
      schools: 0,
      pupils: 0,
      cases: null,
      threshold: MSA_SUPPRESSION_THRESHOLD,
    }).load(census.id);
  }
}
