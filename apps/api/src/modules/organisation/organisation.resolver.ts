import { Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { OrganisationModel, RegionModel } from './organisation.model';
import { OrganisationService } from './organisation.service';

@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(private readonly service: OrganisationService) {}

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
