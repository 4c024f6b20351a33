import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { SubjectAccessArgs } from './dto/subject-access-request.input';
import { SubjectAccessService } from './subject-access.service';

/** The answer to a subject-access request (inzageverzoek), for the school's privacy officer. */
@Resolver()
export class SubjectAccessResolver {
  constructor(private readonly subjectAccess: SubjectAccessService) {}

  @Query(() => String, {
    description:
      'Everything held about a pupil, who sees what of it now and why, and the access log (organisation, role and day; no staff names or addresses), as a JSON document (inzageverzoek). ' +
      'Requires the request it answers: reference and requestDate (YYYY-MM-DD); nullable only so that a missing one is refused with BAD_USER_INPUT naming it. The export is audited with the request.',
  })
  @Allow('read', 'AuditTrail')
  subjectAccessExport(
    @CurrentSession() session: Session,
    @Args() { pupilId, reference, requestDate }: SubjectAccessArgs,
  ) {
    return this.subjectAccess.export(session, pupilId, reference, requestDate, 'JSON');
  }

  @Query(() => String, {
    description:
      'The subject-access answer for parents as a PDF in plain Dutch, base64-encoded: per organisation what it sees of the pupil now and on what basis, and who looked when (organisation and role). ' +
      'Same arguments, refusals and audit as subjectAccessExport.',
  })
  @Allow('read', 'AuditTrail')
  subjectAccessPdf(@CurrentSession() session: Session, @Args() { pupilId, reference, requestDate }: SubjectAccessArgs) {
    return this.subjectAccess.export(session, pupilId, reference, requestDate, 'PDF');
  }
}
