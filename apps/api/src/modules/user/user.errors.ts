import { AppError, AuthError } from '../../core/errors/app-error';

/** Errors of working as a membership and of administering people; reasons are keys under `errors.user.*`. */
export const accountGone = () => new AuthError('UNAUTHENTICATED', { reason: 'user.accountGone' });

/** A person outside the administrator's region answers like one that does not exist. */
export const noSuchPerson = () => new AppError('NOT_FOUND', { reason: 'user.noSuchPerson' });

export const cannotDeactivateSelf = () => new AppError('CONFLICT', { reason: 'user.cannotDeactivateSelf' });
