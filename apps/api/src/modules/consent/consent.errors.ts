import { AppError } from '../../core/errors/app-error';

export class ConsentError extends AppError {}
