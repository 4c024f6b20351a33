import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '../../core/graphql/request-loaders';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type GraphQLContext, type Session } from '../../core/auth/request-context';
import { ParentModel, PupilConnection, PupilModel } from './pupil.model';
import { PupilService } from './pupil.service';

@Resolver(() => PupilModel)
export class PupilResolver {
  constructor(private readonly service: PupilService) {}

  @Query(() => PupilConnection, { description: 'Pupils of your school(s), e.g. to open a case.' })
  @Allow('read', 'Pupil')
  pupils(
    @CurrentSession() session: Session,
    @Args('search', { type: () => String, nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.list(session, search, { first, after });
  }

  /** Only reached through a pupil the reader may already see (the pupil itself is masked as identity data). */
  @ResolveField(() => [ParentModel])
  guardians(@Parent() pupil: PupilModel, @Context() { req }: GraphQLContext): Promise<ParentModel[]> {
    return requestLoader(req, 'pupil.guardians', (ids) => this.service.guardiansOf(ids), []).load(pupil.id);
  }
}
