import { AppError } from '../../core/errors/app-error';

export class AdviceError extends AppError {}

/** Only a jeugdarts of a GGD involved in the case writes advice on it. */
export const adviceOnlyYouthDoctor = () => new AdviceError('FORBIDDEN', { reason: 'advice.onlyYouthDoctor' });
