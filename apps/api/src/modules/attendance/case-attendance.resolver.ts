import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest, GraphQLContext } from '../../core/auth/request-context';
import { CaseModel } from '../case/case.model';
import { AttendanceModel } from './attendance.model';
import { caseAttendance } from './attendance-loader';

/** One loader per request: the cases of a page (or an agenda) have their attendance read together. */
const loaders = new WeakMap<AuthenticatedRequest, DataLoader<CaseModel, AttendanceModel | null, string>>();

/** A case's attendance belongs to the attendance module: the case module does not import it. */
@Resolver(() => CaseModel)
export class CaseAttendanceResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => AttendanceModel, {
    nullable: true,
    description: 'This school year so far; null when the school has no calendar for today.',
  })
  attendance(@Parent() caseModel: CaseModel, @Context() { req }: GraphQLContext): Promise<AttendanceModel | null> {
    let loader = loaders.get(req);
    if (!loader) {
      // Keyed by case: each case's figures are masked for what its reader may see of it.
      loader = new DataLoader((cases) => caseAttendance(this.dataSource, cases), { cacheKeyFn: (c) => c.id });
      loaders.set(req, loader);
    }
    return loader.load(caseModel);
  }
}
