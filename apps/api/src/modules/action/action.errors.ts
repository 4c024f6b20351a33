import { AppError } from '../../core/errors/app-error';
import { InputError } from '../../core/errors/input';

export class ActionError extends AppError {}

export const actionNotFound = () => new ActionError('NOT_FOUND', { reason: 'action.notFound' });
export const onlyOwnerCompletes = () => new ActionError('FORBIDDEN', { reason: 'action.onlyOwnerCompletes' });
export const onlyOwnerReassigns = () => new ActionError('FORBIDDEN', { reason: 'action.onlyOwnerReassigns' });
export const onlyCoordinatorsOrMeeting = () =>
  new ActionError('FORBIDDEN', { reason: 'action.onlyCoordinatorsOrMeeting' });
export const actionAlreadyDone = () => new ActionError('CONFLICT', { reason: 'action.alreadyDone' });
export const doneNotReassigned = () => new ActionError('CONFLICT', { reason: 'action.doneNotReassigned' });

export const agendaItemOfOtherCase = () => new InputError('agendaItemId', 'action.agendaItemOfOtherCase');
export const ownerUnknown = () => new InputError('ownerId', 'action.ownerUnknown');
export const ownerCannotSeeCase = () => new InputError('ownerId', 'action.ownerCannotSeeCase');
export const ownerCannotSeeCategory = () => new InputError('ownerId', 'action.ownerCannotSeeCategory');
export const onlyOwnerReschedules = () => new ActionError('FORBIDDEN', { reason: 'action.onlyOwnerReschedules' });
export const doneNotRescheduled = () => new ActionError('CONFLICT', { reason: 'action.doneNotRescheduled' });
export const dueDateUnchanged = () => new InputError('dueDate', 'action.dueDateUnchanged');
export const ownerUnchanged = () => new InputError('ownerId', 'action.ownerUnchanged');
