import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { AuditEventConnection, AuditEventModel, AuditSubjectModel } from './audit.model';
import { AuditService } from './audit.service';
import { AuditTrailFilter } from './dto/audit-trail-filter.input';
import { PersonModel } from '../user/user-summary.model';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Query(() => [AuditSubjectModel], {
    description:
      'Find a pupil of your school for its access log or a subject-access request (privacy officer); each pupil found is logged.',
  })
  @Allow('read', 'AuditTrail')
  auditSubjects(@CurrentSession() session: Session, @Args('search') search: string) {
    return this.service.subjects(session, search);
  }

  @Query(() => AuditEventConnection, {
    description: "Who saw or changed this pupil's data; for the school's privacy officer.",
  })
  @Allow('read', 'AuditTrail')
  auditTrail(
    @CurrentSession() session: Session,
    @Args('pupilId', { type: () => ID }) pupilId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('filter', { type: () => AuditTrailFilter, nullable: true }) filter?: AuditTrailFilter,
  ) {
    return this.service.trail(session, pupilId, { first, after }, filter ?? null);
  }

  @Query(() => [PersonModel], {
    description: "The people who appear in this pupil's access log, to filter it by; for the school's privacy officer.",
  })
  @Allow('read', 'AuditTrail')
  auditTrailActors(@CurrentSession() session: Session, @Args('pupilId', { type: () => ID }) pupilId: string) {
    return this.service.trailActors(session, pupilId);
  }
}
