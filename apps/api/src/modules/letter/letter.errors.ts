import { AppError } from '../../core/errors/app-error';
import { InputError } from '../../core/errors/input';

export class LetterError extends AppError {}

export const letterNotFound = () => new LetterError('NOT_FOUND', { reason: 'letter.notFound' });

/** A template needs this school year's absence figures, which are missing or not visible to the writer. */
export const noAttendanceFigures = () => new LetterError('CONFLICT', { reason: 'letter.noAttendanceFigures' });

/**
 * The pupil has no parent or carer with parental authority on record: the letter would go to nobody.
 * Says which data is missing and who can add it.
 */
export const noParentsOnRecord = (pupil: string) =>
  new LetterError('CONFLICT', { reason: 'letter.noParents', params: { pupil } });

/** Only staff of the pupil's own school who may see the data the letter carries write to the parents. */
export const onlyOwnSchoolWrites = () => new LetterError('FORBIDDEN', { reason: 'letter.onlyOwnSchool' });

export const chooseRecipients = () => new InputError('guardianIds', 'letter.chooseRecipients');

export const recipientsNotOfPupil = () => new InputError('guardianIds', 'letter.recipientsNotOfPupil');

/** Parents without an e-mail address cannot be mailed: named (they are the writer's own addressees). */
export function noEmailFor(names: readonly string[]): InputError {
  if (names.length === 1) return new InputError('guardianIds', 'letter.noEmail', { name: names[0] });
  return new InputError('guardianIds', 'letter.noEmail', {
    context: 'several',
    names: names.slice(0, -1).join(', '),
    last: names[names.length - 1],
  });
}
