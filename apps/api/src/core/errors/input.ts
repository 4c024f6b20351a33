import { AppError } from './app-error';

/** Input checks shared by the services; each failure names the field and says what to do. */
export class InputError extends AppError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, field);
  }
}

export function requireText(
  value: string | null | undefined,
  field: string,
  options: { max: number; label: string },
): string {
  const text = value?.trim() ?? '';
  if (!text) throw new InputError(field, `${options.label} is verplicht.`);
  if (text.length > options.max)
    throw new InputError(field, `${options.label} is te lang (maximaal ${options.max} tekens).`);
  return text;
}

export function optionalText(
  value: string | null | undefined,
  field: string,
  options: { max: number; label: string },
): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requireText(value, field, options);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date YYYY-MM-DD that exists (no 31 February). */
export function requireDate(value: string, field: string, label: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InputError(field, `${label} moet een bestaande datum zijn in de vorm JJJJ-MM-DD.`);
  }
  return value;
}
