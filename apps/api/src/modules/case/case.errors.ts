import { AppError } from '../../core/errors/app-error';

/** Errors of the case module; `field` names the offending input. Reasons are keys under `errors.case.*`. */
export class CaseError extends AppError {}

export const caseNotFound = () => new CaseError('NOT_FOUND', { reason: 'case.notFound' });

/** Opening a case (directly or from a signal) needs the right to open one for the school. */
export const onlyCoordinatorsOpen = () => new CaseError('FORBIDDEN', { reason: 'case.onlyCoordinatorsOpen' });
