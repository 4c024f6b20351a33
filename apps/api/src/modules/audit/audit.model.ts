import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../core/graphql/pagination';
import { OrganisationModel } from '../organisation/organisation.model';
import { PersonModel } from '../user/user-summary.model';
import { AuditAction } from './audit-event.entity';

registerEnumType(AuditAction, { name: 'AuditAction' });

@ObjectType('AuditEvent', {
  description: 'Who saw or changed which data of the pupil, when, as which role, from where.',
})
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => PersonModel)
  actor!: PersonModel;

  @Field(() => [String])
  actorRoles!: string[];

  @Field(() => [OrganisationModel])
  onBehalfOf!: OrganisationModel[];

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field(() => [String], { description: 'Data categories shown or changed.' })
  categories!: string[];

  @Field(() => [String], {
    description: 'The fields written (by name, e.g. homeSituation); the log never holds their contents.',
  })
  fields!: string[];

  @Field()
  subject!: string;

  @Field(() => String, { nullable: true })
  clientAddress!: string | null;
}

export const AuditEventConnection = ConnectionType(AuditEventModel, 'AuditEvent');

@ObjectType('AuditSubject', {
  description: 'A pupil of your school found for an access-log or subject-access request: identity only.',
})
export class AuditSubjectModel {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field()
  pupilNumber!: string;

  @Field()
  groupName!: string;

  @Field({ description: 'YYYY-MM-DD, to tell namesakes apart.' })
  dateOfBirth!: string;

  @Field()
  schoolName!: string;
}
