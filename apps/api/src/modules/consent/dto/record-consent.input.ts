import { Field, ID, InputType } from '@nestjs/graphql';
import { ConsentMethod, DataCategory } from '@aanwezig/domain';
import '../../../core/graphql/enums';
import '../consent.model';
import { InputError, requireDate, requireText } from '../../../core/errors/input';

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

/** The input rules of recordConsent that need no database: the texts and dates, and that something is chosen. */
export function checkRecordConsent(input: RecordConsentInput): {
  purpose: string;
  validFrom: string;
  validUntil: string | null;
} {
  const purpose = requireText(input.purpose, 'purpose', { max: 1000, label: 'consent.purpose' });
  const validFrom = requireDate(input.validFrom, 'validFrom', 'consent.validFrom');
  const validUntil = input.validUntil ? requireDate(input.validUntil, 'validUntil', 'consent.validUntil') : null;
  if (validUntil && validUntil < validFrom) throw new InputError('validUntil', 'consent.validUntilBeforeFrom');
  if (input.categories.length === 0) throw new InputError('categories', 'consent.categoriesRequired');
  if (input.organisationIds.length === 0) throw new InputError('organisationIds', 'consent.organisationsRequired');
  return { purpose, validFrom, validUntil };
}
