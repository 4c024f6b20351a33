import { Field, Float, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SignalKind, SignalRoute } from '@aanwezig/domain';
import { ConnectionType } from '../../core/graphql/pagination';
import { ShieldModel } from '../../core/graphql/shield.model';
import { OrganisationModel } from '../organisation/organisation.model';
import { PupilModel } from '../pupil/pupil.model';
import './protocol.model';
import { SignalStatus } from './signal.entity';

registerEnumType(SignalStatus, { name: 'SignalStatus' });
registerEnumType(SignalKind, { name: 'SignalKind', description: 'A protocol rule (see RuleKey), or WORRY: a mentor\'s worry flag.' });

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

  @Field(() => Float, { nullable: true, description: 'The measured value (hours, times, percent).' })
  value!: number | null;

  @Field({ description: 'YYYY-MM-DD' })
  windowStart!: string;

  @Field(() => GraphQLISODateTime)
  raisedAt!: Date;

  @Field(() => SignalStatus)
  status!: SignalStatus;

  @Field(() => ID, { nullable: true, description: 'The case it was turned into or added to.' })
  caseId!: string | null;

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
