import type { MessageParams } from '@aanwezig/messages';
import { AppError } from './app-error';

/**
 * Input checks shared by the services; each failure names the field and says what to do. `label` is
 * the key of the field's name under `label.*` in @aanwezig/messages, so the text reads in either language.
 */
export class InputError extends AppError {
  constructor(field: string, reason: string, params: MessageParams = {}) {
    super('BAD_USER_INPUT', { reason, params, field });
  }
}

export function requireText(
  value: string | null | undefined,
  field: string,
  options: { max: number; label: string },
): string {
  const text = value?.trim() ?? '';
  if (!text) throw new InputError(field, 'input.required', { label: options.label });
  if (text.length > options.max)
    throw new InputError(field, 'input.tooLong', { label: options.label, max: options.max });
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
    throw new InputError(field, 'input.date', { label });
  }
  return value;
}
