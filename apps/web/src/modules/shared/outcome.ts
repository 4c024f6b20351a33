import i18n from 'i18next';
import type { CombinedError } from 'urql';
import { serverText } from './error-message';

/**
 * What became of something the person did, as shown next to the control that did it:
 * - `done`: it happened; the text says exactly what;
 * - `invalid`: the server (or the form) refused the input; the text says what to change;
 * - `failed`: the server could not do it (its fault); nothing was saved, try again;
 * - `offline`: the request never reached the server; try again.
 */
export type Outcome =
  | { kind: 'done'; text: string }
  | { kind: 'invalid'; text: string; field?: string }
  | { kind: 'failed' | 'offline'; text: string; retry?: () => void };

/** Codes that mean "the request was understood and refused": the person can act on the message. */
const REFUSALS = new Set(['BAD_USER_INPUT', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);

/** A failed request as an outcome; `retry` repeats it (offered where repeating can help). */
export function outcomeOf(error: CombinedError, retry?: () => void): Outcome {
  const first = error.graphQLErrors[0];
  if (!first) return { kind: 'offline', text: i18n.t('state.offline'), retry };
  const code = String(first.extensions?.code ?? '');
  if (REFUSALS.has(code)) {
    const field = typeof first.extensions?.field === 'string' ? first.extensions.field : undefined;
    return { kind: 'invalid', text: serverText(first), field };
  }
  return { kind: 'failed', text: i18n.t('state.failed'), retry };
}
