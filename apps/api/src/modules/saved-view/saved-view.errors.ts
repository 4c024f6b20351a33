import { AppError } from '../../core/errors/app-error';
import { InputError } from '../../core/errors/input';

/** Errors of saved views; reasons are keys under `errors.savedView.*`. */
export class SavedViewError extends AppError {}

/** Someone else's view is as unknown as one that never existed. */
export const savedViewNotFound = () => new SavedViewError('NOT_FOUND', { reason: 'savedView.notFound' });

export const tooManySavedViews = (max: number) => new InputError('name', 'savedView.tooMany', { max });
