import { AppError } from '../../core/errors/app-error';

/** Errors of the access log; reasons are keys under `errors.audit.*`. */
export class AuditError extends AppError {}

export const auditPupilNotFound = () => new AuditError('NOT_FOUND', { reason: 'audit.pupilNotFound' });
