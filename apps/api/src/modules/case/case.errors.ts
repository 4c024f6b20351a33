import { AppError } from '../../core/errors/app-error';

/** Errors of the case module; `field` names the offending input. Reasons are keys under `errors.case.*`. */
export class CaseError extends AppError {}

export const caseNotFound = () => new CaseError('NOT_FOUND', { reason: 'case.notFound' });

/** Opening a case from a signal needs the right to open one for the school. */
export const onlyCoordinatorsOpen = () => new CaseError('FORBIDDEN', { reason: 'case.onlyCoordinatorsOpen' });

export const mayNotOpenForSchool = () => new CaseError('FORBIDDEN', { reason: 'case.mayNotOpenForSchool' });

export const alreadyOpen = () => new CaseError('CONFLICT', { reason: 'case.alreadyOpen', field: 'pupilId' });

export const alreadyClosed = () => new CaseError('CONFLICT', { reason: 'case.alreadyClosed' });

export const openActionsLeft = (count: number) =>
  new CaseError('CONFLICT', { reason: 'case.openActions', params: { count } });

export const worryFlagForbidden = () => new CaseError('FORBIDDEN', { reason: 'case.worryFlagForbidden' });

/** The reader may see the case but not change it. */
export const caseReadOnly = () => new CaseError('FORBIDDEN', { reason: 'case.readOnly' });

/** The case changed since the version the client edited. */
export const staleVersion = () => new CaseError('CONFLICT', { reason: 'case.staleVersion', field: 'expectedVersion' });
