import type { CaseReader } from '@aanwezig/authz';
import { maskFields } from '../../authz/field-mask';
import type { PersonModel } from '../user/user-summary.model';
import type { LetterEntity } from './letter.entity';
import type { LetterModel } from './letter.model';

/** A letter as this reader may see it: its text and recipients follow the letter's own category. */
export function toLetterModel(letter: LetterEntity, reader: CaseReader, sentBy: PersonModel): LetterModel {
  const masked = maskFields(
    'Letter',
    { subject: letter.subject, body: letter.body, recipients: letter.recipients.map((r) => r.name), sentBy },
    reader,
    letter.category,
  );
  return {
    ...masked,
    id: letter.id,
    template: letter.template,
    language: letter.language,
    category: letter.category,
    delivery: letter.delivery,
    sentAt: letter.sentAt,
    emailedAt: letter.emailedAt,
  };
}
