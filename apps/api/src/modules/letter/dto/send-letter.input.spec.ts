import { describe, expect, it } from 'vitest';
import { LetterLanguage, LetterTemplate } from '@aanwezig/domain';
import { translate } from '@aanwezig/messages';
import type { AppError } from '../../../core/errors/app-error';
import { LetterDelivery } from '../letter.entity';
import { noEmailFor } from '../letter.errors';
import { checkSendLetter, type SendLetterInput } from './send-letter.input';

const input = (over: Partial<SendLetterInput> = {}): SendLetterInput => ({
  caseId: '00000000-0000-0000-0000-000000000001',
  template: LetterTemplate.INVITATION_TO_TALK,
  language: LetterLanguage.NL,
  subject: ' Uitnodiging ',
  body: ' Beste ouders ',
  guardianIds: ['00000000-0000-0000-0000-000000000002'],
  delivery: LetterDelivery.EMAIL,
  ...over,
});

const thrown = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('nothing thrown');
};

describe('sendLetter input', () => {
  it('trims subject and body', () => {
    expect(checkSendLetter(input())).toEqual({ subject: 'Uitnodiging', body: 'Beste ouders' });
  });

  it('names the field of what is missing', () => {
    expect(thrown(() => checkSendLetter(input({ subject: ' ' }))).details).toMatchObject({
      reason: 'input.required',
      params: { label: 'letter.subject' },
      field: 'subject',
    });
    expect(thrown(() => checkSendLetter(input({ subject: ' ' }))).message).toBe('Het onderwerp is verplicht.');
    expect(thrown(() => checkSendLetter(input({ guardianIds: [] }))).details).toMatchObject({
      reason: 'letter.chooseRecipients',
      field: 'guardianIds',
    });
  });

  it('names the parents without an e-mail address, one or several', () => {
    expect(noEmailFor(['J. de Vries']).message).toBe(
      'Van J. de Vries is geen e-mailadres bekend. Kies "downloaden" en geef de brief mee of stuur hem per post.',
    );
    const two = noEmailFor(['J. de Vries', 'A. Bakker']);
    expect(two.message).toMatch(/^Van J\. de Vries en A\. Bakker is geen e-mailadres bekend\./);
    expect(translate(`errors.${two.reason}`, two.params, 'en')).toMatch(
      /^No e-mail address is known for J\. de Vries and A\. Bakker\./,
    );
  });
});

describe('the letter timeline text', () => {
  it('names the delivery and the template in either language', () => {
    const params = { delivery: LetterDelivery.EMAIL, template: LetterTemplate.INVITATION_TO_TALK };
    expect(translate('timeline.LETTER_SENT', params)).toBe(
      'Brief aan ouders (per e-mail): Uitnodiging voor een gesprek',
    );
    expect(translate('timeline.LETTER_SENT', { ...params, delivery: LetterDelivery.DOWNLOAD }, 'en')).toBe(
      'Letter to parents (as PDF): Invitation to a meeting',
    );
  });
});
