import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { PupilConnection, PupilModel } from './pupil.model';
import { PupilService } from './pupil.service';

@Resolver(() => PupilModel)
export class PupilResolver {
  constructor(private readonly service: PupilService) {}

  @Query(() => PupilConnection, { description: "Pupils of your school(s), e.g. to open a case." })
  @Allow('read', 'Pupil')
  pupils(
    @CurrentSession() session: Session,
    @Args('search', { type: () => String, nullable: true }) search?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.list(session, search, { first, after });
  }
}
