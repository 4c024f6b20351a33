import { Field, Float, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DataCategory, LetterLanguage, LetterTemplate } from '@aanwezig/domain';
import { ShieldModel } from '../../core/graphql/shield.model';
import { ParentModel } from '../pupil/pupil.model';
import { PersonModel } from '../user/user-summary.model';
import { LetterDelivery } from './letter.entity';

registerEnumType(LetterTemplate, { name: 'LetterTemplate' });
registerEnumType(LetterLanguage, { name: 'LetterLanguage' });
registerEnumType(LetterDelivery, { name: 'LetterDelivery' });

@ObjectType('GuardianContact', {
  description:
    'A parent as the letter writer sees them: the Parent fields, and the e-mail address the letter may go to.',
})
export class GuardianContactModel extends ParentModel {
  @Field(() => String, { nullable: true })
  email!: string | null;
}

@ObjectType('LetterDraft', { description: 'A first draft to edit before sending; nothing is stored yet.' })
export class LetterDraftModel {
  @Field(() => LetterTemplate)
  template!: LetterTemplate;

  @Field(() => LetterLanguage)
  language!: LetterLanguage;

  @Field(() => DataCategory, { description: 'The data the letter carries; decides who may read it later.' })
  category!: DataCategory;

  @Field()
  subject!: string;

  @Field({ description: 'Starts with the salutation from the parents’ names.' })
  body!: string;

  @Field({
    description:
      'The names and postal addresses of the parents with parental authority, one line each, as they head the letter on paper.',
  })
  addressBlock!: string;

  @Field(() => Float, { description: 'School days missed this school year, as written in the letter.' })
  daysMissed!: number;

  @Field(() => [GuardianContactModel])
  guardians!: GuardianContactModel[];
}

@ObjectType('Letter', { description: 'A letter sent to parents, on the case timeline; its text follows its category.' })
export class LetterModel {
  @Field(() => ID)
  id!: string;

  @Field(() => LetterTemplate)
  template!: LetterTemplate;

  @Field(() => LetterLanguage)
  language!: LetterLanguage;

  @Field(() => DataCategory)
  category!: DataCategory;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => [String], { nullable: true, description: 'Names of the parents it went to.' })
  recipients!: string[] | null;

  @Field(() => LetterDelivery)
  delivery!: LetterDelivery;

  @Field(() => PersonModel, {
    nullable: true,
    description:
      'Shielded (null) for a reader who may not see the case’s school and partners: a name tells which organisation works on it.',
  })
  sentBy!: PersonModel | null;

  @Field(() => GraphQLISODateTime)
  sentAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the e-mail went out; null for a download or a failed send.',
  })
  emailedAt!: Date | null;

  @Field(() => [ShieldModel])
  shielded!: ShieldModel[];
}
