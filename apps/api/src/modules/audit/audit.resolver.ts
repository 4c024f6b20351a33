import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { AuditEventConnection, AuditEventModel, AuditSubjectModel } from './audit.model';
import { AuditService } from './audit.service';
import { SubjectAccessService } from './subject-access.service';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    private readonly service: AuditService,
    private readonly subjectAccess: SubjectAccessService,
  ) {}

  @Query(() => String, {
    description:
      'Everything held about a pupil, who sees what of it now and why, and the access log (organisation, role and day; no staff names or addresses), as a JSON document (inzageverzoek). ' +
      'Requires the request it answers: reference and requestDate (YYYY-MM-DD); nullable only so that a missing one is refused with BAD_USER_INPUT naming it. The export is audited with the request.',
  })
  @Allow('read', 'AuditTrail')
  subjectAccessExport(
    @CurrentSession() session: Session,
    @Args('pupilId', { type: () => ID }) pupilId: string,
    @Args('reference', {
      type: () => String,
      nullable: true,
      description: "The request's reference, e.g. the kenmerk of the parents' letter (required).",
    })
    reference?: string | null,
    @Args('requestDate', {
      type: () => String,
      nullable: true,
      description: 'The day the request came in, YYYY-MM-DD (required).',
    })
    requestDate?: string | null,
  ) {
    return this.subjectAccess.export(session, pupilId, reference, requestDate, 'JSON');
  }

  @Query(() => String, {
    description:
      'The subject-access answer for parents as a PDF in plain Dutch, base64-encoded: per organisation what it sees of the pupil now and on what basis, and who looked when (organisation and role). ' +
      'Same arguments, refusals and audit as subjectAccessExport.',
  })
  @Allow('read', 'AuditTrail')
  subjectAccessPdf(
    @CurrentSession() session: Session,
    @Args('pupilId', { type: () => ID }) pupilId: string,
    @Args('reference', {
      type: () => String,
      nullable: true,
      description: "The request's reference, e.g. the kenmerk of the parents' letter (required).",
    })
    reference?: string | null,
    @Args('requestDate', {
      type: () => String,
      nullable: true,
      description: 'The day the request came in, YYYY-MM-DD (required).',
    })
    requestDate?: string | null,
  ) {
    return this.subjectAccess.export(session, pupilId, reference, requestDate, 'PDF');
  }

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
  ) {
    return this.service.trail(session, pupilId, { first, after });
  }
}
