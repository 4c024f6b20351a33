import { AppError } from '../../core/errors/app-error';

/** Errors of the case module; `field` names the offending input. */
export class CaseError extends AppError {}

export const caseNotFound = () => new CaseError('NOT_FOUND', 'Deze casus bestaat niet of u heeft er geen toegang toe.');
