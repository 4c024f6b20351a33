import { AuthError } from '../../core/errors/app-error';

/** Errors of signing in and of working as a membership; reasons are keys under `errors.user.*`. */
export const accountGone = () => new AuthError('UNAUTHENTICATED', { reason: 'user.accountGone' });

export const devLoginOff = () => new AuthError('FORBIDDEN', { reason: 'user.devLoginOff' });

/** Same answer for unknown and inactive accounts: sign-in does not reveal who has an account. */
export const unknownAccount = () => new AuthError('UNAUTHENTICATED', { reason: 'user.unknownAccount' });
