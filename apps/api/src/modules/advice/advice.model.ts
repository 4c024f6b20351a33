import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ShieldModel } from '../../core/graphql/shield.model';
import { OrganisationModel } from '../organisation/organisation.model';
import { PersonModel } from '../user/user-summary.model';

@ObjectType('Advice', { description: "The jeugdarts's education-relevant advice; shared only under consent." })
export class AdviceModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PersonModel)
  author!: PersonModel;

  @Field(() => OrganisationModel)
  authorOrganisation!: OrganisationModel;

  @Field(() => String, { nullable: true })
  educationAdvice!: string | null;

  @Field(() => String, { nullable: true, description: "Only for the author's organisation." })
  privateNote!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => [ShieldModel])
  shielded!: ShieldModel[];
}
