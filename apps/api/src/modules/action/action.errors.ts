import { AppError } from '../../core/errors/app-error';

export class ActionError extends AppError {}

export const actionNotFound = () =>
  new ActionError('NOT_FOUND', 'Deze actie bestaat niet of u heeft er geen toegang toe.');
