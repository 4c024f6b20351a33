import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ShieldModel } from '../../core/graphql/shield.model';
import { OrganisationModel } from '../organisation/organisation.model';
import { PersonModel } from '../user/user-summary.model';

@ObjectType('Advice', { description: "The jeugdarts's education-relevant advice; shared only under consent." })
export class AdviceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PersonModel, {
    nullable: true,
    description:
      'Shielded (null) for a reader who may not see the case’s school and partners: a name tells which organisation works on it.',
  })
  author!: PersonModel | null;

  @Field(() => OrganisationModel, {
    nullable: true,
    description:
      'Shielded (null) for a reader who may not see the case’s school and partners: a name tells which organisation works on it.',
  })
  authorOrganisation!: OrganisationModel | null;

  @Field(() => String, { nullable: true })
  educationAdvice!: string | null;

  @Field(() => String, { nullable: true, description: "Only for the author's organisation." })
  privateNote!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => [ShieldModel])
  shielded!: ShieldModel[];
}
