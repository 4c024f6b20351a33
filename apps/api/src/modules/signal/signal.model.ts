import { Field, Float, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SignalKind, SignalRoute } from '@aanwezig/domain';
import { ConnectionType } from '../../core/graphql/pagination';
import { ShieldModel } from '../../core/graphql/shield.model';
import { OrganisationModel } from '../organisation/organisation.model';
import { PupilModel } from '../pupil/pupil.model';
import '../protocol/protocol.model';
import { SignalStatus } from './signal.entity';
import { WithdrawalReason } from './signal-evaluation';
import { SignalUnit } from './signal-unit';

registerEnumType(SignalStatus, { name: 'SignalStatus' });
registerEnumType(WithdrawalReason, { name: 'SignalWithdrawalReason' });
registerEnumType(SignalUnit, {
  name: 'SignalUnit',
  description: "What a signal's value counts, from its rule (the legal report: the hours as the school counts them).",
});

@ObjectType('LegalReport', { description: "The school's report of a legal-report signal to DUO (verzuimregister)." })
export class LegalReportModel {
  @Field({ description: 'YYYY-MM-DD: the day it was reported to DUO.' })
  reportedOn!: string;

  @Field({ description: "DUO's reference (melding-id)." })
  reference!: string;

  @Field({ description: 'Who recorded it.' })
  recordedBy!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field({ description: 'Reported after its deadline.' })
  late!: boolean;
}

registerEnumType(SignalKind, {
  name: 'SignalKind',
  description: "A protocol rule (see RuleKey), or WORRY: a mentor's worry flag.",
});

@ObjectType('Signal', { description: 'A protocol rule that fired for a pupil, routed to who must act.' })
export class SignalModel {
  @Field(() => ID)
  id!: string;

  @Field(() => SignalKind)
  rule!: SignalKind;

  @Field({ description: 'The rule in plain Dutch, e.g. "16 uur ongeoorloofd verzuim in 4 lesweken".' })
  label!: string;

  @Field(() => SignalRoute)
  route!: SignalRoute;

  @Field(() => PupilModel, { nullable: true })
  pupil!: PupilModel | null;

  @Field(() => OrganisationModel)
  school!: OrganisationModel;

  @Field(() => Float, { nullable: true, description: 'The measured value (hours, times, percent): see unit.' })
  value!: number | null;

  @Field(() => SignalUnit, { nullable: true, description: 'What value counts; null for a worry flag (no measure).' })
  unit!: SignalUnit | null;

  @Field({ description: 'YYYY-MM-DD' })
  windowStart!: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When Aanwezig raised it (registrations can arrive after the day they cross).',
  })
  raisedAt!: Date;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the school day the threshold was crossed.' })
  crossedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'LEGAL_REPORT: YYYY-MM-DD, the last day the school may report it to DUO (five school days after crossing).',
  })
  reportDue!: string | null;

  @Field(() => SignalStatus)
  status!: SignalStatus;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Withdrawn: the registrations it rested on were corrected away. It stays on record.',
  })
  withdrawnAt!: Date | null;

  @Field(() => WithdrawalReason, { nullable: true })
  withdrawnReason!: WithdrawalReason | null;

  @Field(() => LegalReportModel, {
    nullable: true,
    description: "LEGAL_REPORT: the school's report to DUO, once recorded.",
  })
  legalReport!: LegalReportModel | null;

  @Field(() => ID, { nullable: true, description: 'The case it was turned into or added to.' })
  caseId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "The pupil's case you may open: the one the signal went to, else the pupil's running case (where signalToCase would add it); null when there is none you may read.",
  })
  pupilCaseId!: string | null;

  @Field(() => [ShieldModel])
  shielded!: ShieldModel[];
}

export const SignalConnection = ConnectionType(SignalModel, 'Signal');

@ObjectType('SignalToCaseResult')
export class SignalToCaseResultModel {
  @Field(() => SignalModel)
  signal!: SignalModel;

  @Field(() => ID)
  caseId!: string;
}
