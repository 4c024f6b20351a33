import { AppError } from '../../core/errors/app-error';
import { InputError } from '../../core/errors/input';

export class ReportError extends AppError {}

export const censusNotFound = () => new ReportError('NOT_FOUND', { reason: 'report.censusNotFound' });

/** Only the samenwerkingsverband takes a census. */
export const onlyRegionTakesCensus = () => new ReportError('FORBIDDEN', { reason: 'report.onlyRegionTakesCensus' });

/**
 * A census on or after `latest` exists: one on the same day is not taken again (CONFLICT), one before
 * it is not inserted (BAD_USER_INPUT).
 */
export const censusExists = (latest: string, requested: string) =>
  new ReportError(latest === requested ? 'CONFLICT' : 'BAD_USER_INPUT', {
    reason: 'report.censusExists',
    params: { date: latest },
    field: 'date',
  });

export const censusInFuture = () => new InputError('date', 'report.censusInFuture');

export const countNotNegative = (field: string) => new InputError(field, 'report.countNotNegative');

export const unknownFormat = () => new InputError('format', 'report.unknownFormat');
