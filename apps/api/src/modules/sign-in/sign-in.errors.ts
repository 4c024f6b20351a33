import { AppError, AuthError } from '../../core/errors/app-error';

/** Errors of signing in; reasons are keys under `errors.user.*` and `errors.signIn.*`. */
export const devLoginOff = () => new AuthError('FORBIDDEN', { reason: 'user.devLoginOff' });

/** Same answer for unknown and inactive accounts: sign-in does not reveal who has an account. */
export const unknownAccount = () => new AuthError('UNAUTHENTICATED', { reason: 'user.unknownAccount' });

/** An organisation outside the administrator's region answers like one that does not exist. */
export const noSuchOrganisation = () => new AppError('NOT_FOUND', { reason: 'signIn.noSuchOrganisation' });
