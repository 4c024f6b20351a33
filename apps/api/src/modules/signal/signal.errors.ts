import { AppError } from '../../core/errors/app-error';
import { InputError } from '../../core/errors/input';

/** Errors of the signal module; reasons are keys under `errors.signal.*`. */
export class SignalError extends AppError {}

export const signalNotFound = () => new SignalError('NOT_FOUND', { reason: 'signal.notFound' });
export const signalAlreadyCase = () => new SignalError('CONFLICT', { reason: 'signal.alreadyCase' });
export const signalAlreadyOnAgenda = () => new SignalError('CONFLICT', { reason: 'signal.alreadyOnAgenda' });
export const signalReadOnly = () => new SignalError('FORBIDDEN', { reason: 'signal.readOnly' });
export const signalWithdrawn = () => new SignalError('CONFLICT', { reason: 'signal.withdrawn' });
export const signalAlreadyHandled = () => new SignalError('CONFLICT', { reason: 'signal.alreadyHandled' });

/** Recording the report of a legal-report signal to DUO. */
export const reportedInFuture = () => new InputError('reportedOn', 'signal.reportedInFuture');
export const onlySchoolReports = () => new SignalError('FORBIDDEN', { reason: 'signal.onlySchoolReports' });
export const notALegalReport = () => new InputError('id', 'signal.notALegalReport');
export const withdrawnNoReport = () => new SignalError('CONFLICT', { reason: 'signal.withdrawnNoReport' });
export const alreadyReported = (reportedOn: string, reference: string) =>
  new SignalError('CONFLICT', { reason: 'signal.alreadyReported', params: { reportedOn, reference } });
export const reportedBeforeCrossing = (crossedOn: string) =>
  new InputError('reportedOn', 'signal.reportedBeforeCrossing', { crossedOn });
