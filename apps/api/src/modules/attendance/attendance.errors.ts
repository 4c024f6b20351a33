import { AppError } from '../../core/errors/app-error';
import { InputError } from '../../core/errors/input';

/** Errors of the attendance module (absence imports); reasons are keys under `errors.attendance.*`. */
export class AttendanceError extends AppError {}

export const schoolNotFoundForImport = () =>
  new AttendanceError('NOT_FOUND', { reason: 'attendance.schoolNotFound', field: 'schoolId' });

export const importIdTooLong = (max: number) => new InputError('importId', 'attendance.importIdTooLong', { max });

export const periodReversed = () => new InputError('to', 'attendance.periodReversed');

export const periodTooLong = (max: number) => new InputError('to', 'attendance.periodTooLong', { max });

export const fileSpansTooLong = (days: number, from: string, to: string, max: number) =>
  new InputError('csv', 'attendance.fileSpansTooLong', { days, from, to, max });
