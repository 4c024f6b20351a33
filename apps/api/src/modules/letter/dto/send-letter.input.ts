import { Field, ID, InputType } from '@nestjs/graphql';
import { LetterLanguage, LetterTemplate } from '@aanwezig/domain';
import { requireText } from '../../../core/errors/input';
import { LetterDelivery } from '../letter.entity';
import { chooseRecipients } from '../letter.errors';

@InputType()
export class SendLetterInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => LetterTemplate)
  template!: LetterTemplate;

  @Field(() => LetterLanguage, { defaultValue: LetterLanguage.NL })
  language!: LetterLanguage;

  @Field()
  subject!: string;

  @Field()
  body!: string;

  @Field(() => [ID])
  guardianIds!: string[];

  @Field(() => LetterDelivery)
  delivery!: LetterDelivery;
}

export const LETTER_SUBJECT_MAX = 200;
export const LETTER_BODY_MAX = 20_000;

/** sendLetter's texts and recipients, checked before anything is read: subject and body trimmed. */
export function checkSendLetter(input: SendLetterInput): { subject: string; body: string } {
  const subject = requireText(input.subject, 'subject', { max: LETTER_SUBJECT_MAX, label: 'letter.subject' });
  const body = requireText(input.body, 'body', { max: LETTER_BODY_MAX, label: 'letter.body' });
  if (input.guardianIds.length === 0) throw chooseRecipients();
  return { subject, body };
}
