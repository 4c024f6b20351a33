import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { OrganisationModel, RegionModel } from './organisation.model';
import { OrganisationService } from './organisation.service';
import { ReplayReaders } from '../../core/idempotency/replay';

@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(
    private readonly service: OrganisationService,
    replays: ReplayReaders,
  ) {
    replays.register('Organisation', { read: (session, id) => service.read(session, id) });
  }

  @Query(() => [OrganisationModel], { description: "The organisations of the signed-in user's region." })
  @Allow('read', 'Organisation')
  organisations(@CurrentSession() session: Session) {
    return this.service.list(session);
  }

  @Query(() => RegionModel, { description: "The signed-in user's region (samenwerkingsverband)." })
  @Allow('read', 'Region')
  region(@CurrentSession() session: Session) {
    return this.service.region(session);
  }
}
