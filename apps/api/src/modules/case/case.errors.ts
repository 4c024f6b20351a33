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

/** A closed case is changed only by reopening it first. */
export const closedReopenFirst = () => new CaseError('CONFLICT', { reason: 'case.closedReopenFirst' });

/** Only a closed case can be reopened. */
export const notClosed = () => new CaseError('CONFLICT', { reason: 'case.notClosed' });

/** Reopening waits while the pupil has another case running: that one is where the work goes on. */
export const anotherCaseRunning = () => new CaseError('CONFLICT', { reason: 'case.anotherCaseRunning' });

/** The reader may change the case but not this field (its data category is not theirs to see). */
export const fieldReadOnly = (field: string) =>
  new CaseError('FORBIDDEN', { reason: 'case.fieldReadOnly', field: field === 'owner' ? 'ownerId' : field });
