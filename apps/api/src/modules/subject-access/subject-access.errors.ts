import { AppError } from '../../core/errors/app-error';

/** Errors of answering a subject-access request; reasons are keys under `errors.subjectAccess.*`. */
export class SubjectAccessError extends AppError {}

/** A pupil one may not answer for is NOT_FOUND, whatever else is asked. */
export const subjectAccessPupilNotFound = () =>
  new SubjectAccessError('NOT_FOUND', { reason: 'subjectAccess.pupilNotFound' });
