import { SavedViewEntity } from '../modules/saved-view/saved-view.entity';
import { IdempotentRequestEntity } from '../core/idempotency/idempotent-request.entity';
import { CensusCaseEntity, CensusEntity, CensusSchoolEntity } from '../modules/report/census.entity';
import { LetterEntity } from '../modules/letter/letter.entity';
import { ActionEntity } from '../modules/action/action.entity';
import { AdviceEntity } from '../modules/advice/advice.entity';
import { AbsenceRecordEntity } from '../modules/attendance/absence-record.entity';
import { SchoolCalendarEntity } from '../modules/attendance/school-calendar.entity';
import { ProtocolRuleChangeEntity, ProtocolRuleEntity } from '../modules/protocol/protocol-rule.entity';
import { SignalEntity, SignalRunEntity } from '../modules/signal/signal.entity';
import { AuditEventEntity, AuditEventPupilEntity } from '../modules/audit/audit-event.entity';
import { ConsentEntity } from '../modules/consent/consent.entity';
import { CaseInvolvementEntity } from '../modules/case/case-involvement.entity';
import { CaseEntity } from '../modules/case/case.entity';
import { TimelineEntryEntity } from '../modules/case/timeline-entry.entity';
import { AgendaItemEntity } from '../modules/meeting/agenda-item.entity';
import { DecisionEntity } from '../modules/meeting/decision.entity';
import { MeetingEntity } from '../modules/meeting/meeting.entity';
import { MinutesSectionEntity } from '../modules/meeting/minutes-section.entity';
import { NotificationEntity } from '../modules/notification/notification.entity';
import { OrganisationEntity } from '../modules/organisation/organisation.entity';
import { RegionEntity } from '../modules/organisation/region.entity';
import { GuardianEntity } from '../modules/pupil/guardian.entity';
import { PupilEntity } from '../modules/pupil/pupil.entity';
import { MembershipEntity } from '../modules/user/membership.entity';
import { MentorClassEntity } from '../modules/user/mentor-class.entity';
import { UserEntity } from '../modules/user/user.entity';
import { AuthSessionEntity } from '../core/auth/auth-session.entity';
import { IdentityProviderEntity } from '../modules/sign-in/identity-provider.entity';
import { UserIdentityEntity } from '../modules/sign-in/user-identity.entity';
import { SignInAttemptEntity } from '../modules/sign-in/sign-in-attempt.entity';
import { SignInEventEntity } from '../modules/sign-in/sign-in-event.entity';

/** Every entity, listed explicitly: no glob loading, so the build and the tests see the same set. */
export const ENTITIES = [
  RegionEntity,
  OrganisationEntity,
  UserEntity,
  MembershipEntity,
  MentorClassEntity,
  PupilEntity,
  GuardianEntity,
  CaseEntity,
  CaseInvolvementEntity,
  TimelineEntryEntity,
  MeetingEntity,
  AgendaItemEntity,
  MinutesSectionEntity,
  DecisionEntity,
  ActionEntity,
  ConsentEntity,
  AuditEventEntity,
  AuditEventPupilEntity,
  AdviceEntity,
  AbsenceRecordEntity,
  SchoolCalendarEntity,
  ProtocolRuleEntity,
  ProtocolRuleChangeEntity,
  SignalEntity,
  SignalRunEntity,
  NotificationEntity,
  IdempotentRequestEntity,
  CensusEntity,
  CensusSchoolEntity,
  CensusCaseEntity,
  LetterEntity,
  SavedViewEntity,
  AuthSessionEntity,
  IdentityProviderEntity,
  UserIdentityEntity,
  SignInAttemptEntity,
  SignInEventEntity,
];
