import { Field, ID, InputType } from '@nestjs/graphql';
import { ConsentMethod, DataCategory } from '@aanwezig/domain';
import '../../../core/graphql/enums';
import '../consent.model';

@InputType()
export class RecordConsentInput {
  @Field(() => ID, { description: 'The case of the pupil the consent is about.' })
  caseId!: string;

  @Field({ description: 'The pupil gave consent (required from 12).' })
  givenByPupil!: boolean;

  @Field(() => [ID], { description: 'The parents with authority who gave consent (all of them under 16).' })
  guardianIds!: string[];

  @Field(() => ConsentMethod)
  method!: ConsentMethod;

  @Field(() => [DataCategory])
  categories!: DataCategory[];

  @Field(() => [ID], { description: 'Recipient organisations.' })
  organisationIds!: string[];

  @Field()
  purpose!: string;

  @Field({ description: 'YYYY-MM-DD' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  validUntil?: string | null;
}
