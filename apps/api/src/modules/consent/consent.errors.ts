import type { MessageParams } from '@aanwezig/messages';
import { AppError } from '../../core/errors/app-error';

/** Errors of the consent module; reasons are keys under `errors.consent.*`. */
export class ConsentError extends AppError {}

export const consentNotFound = () => new ConsentError('NOT_FOUND', { reason: 'consent.notFound' });

export const consentAlreadyWithdrawn = () => new ConsentError('CONFLICT', { reason: 'consent.alreadyWithdrawn' });

/**
 * The parameters naming guardians in `errors.consent.guardiansMissing`: one name, two (context `two`) or
 * more (context `many`: the others comma-separated, then the last), so each language joins them its own way.
 */
export function namesParams(names: readonly string[]): MessageParams {
  if (names.length <= 1) return { name: names[0] ?? '' };
  if (names.length === 2) return { context: 'two', first: names[0], second: names[1] };
  return { context: 'many', others: names.slice(0, -1).join(', '), last: names[names.length - 1] };
}
