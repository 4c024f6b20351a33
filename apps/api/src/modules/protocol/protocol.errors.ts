import { AppError } from '../../core/errors/app-error';
import { InputError } from '../../core/errors/input';

/** Errors of the protocol module; reasons are keys under `errors.protocol.*`. */
export class ProtocolError extends AppError {}

export const onlyAdministratorChangesProtocol = () =>
  new ProtocolError('FORBIDDEN', { reason: 'protocol.onlyAdministrator' });
export const ruleNotFound = () => new ProtocolError('NOT_FOUND', { reason: 'protocol.ruleNotFound' });
export const thresholdPositive = () => new InputError('threshold', 'protocol.thresholdPositive');
export const percentBelow100 = () => new InputError('threshold', 'protocol.percentBelow100');
export const ruleHasNoWindow = () => new InputError('windowSchoolWeeks', 'protocol.noWindow');
export const windowOutOfRange = (min: number, max: number) =>
  new InputError('windowSchoolWeeks', 'protocol.windowRange', { min, max });
export const thresholdRequired = () => new InputError('threshold', 'protocol.thresholdRequired');
export const thresholdWhole = () => new InputError('threshold', 'protocol.thresholdWhole');
export const windowRequired = (min: number, max: number) =>
  new InputError('windowSchoolWeeks', 'protocol.windowRequired', { min, max });
