import { translate, type MessageParams } from '@aanwezig/messages';

/** The error codes clients rely on (CONTRACT.md). */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/** What went wrong, as a key of `errors.*` in @aanwezig/messages with its parameters, and the offending input. */
export interface ErrorDetails {
  reason: string;
  params?: MessageParams;
  field?: string;
}

/**
 * Base of every module's own error type. It carries a code (what kind of failure), a reason (which
 * one, a message key) and the reason's parameters; the message is the Dutch text of that key, for API
 * clients, and the web client says the same key in the reader's language. `field` names the offending
 * input for BAD_USER_INPUT. Mapped to GraphQL once, in format-error.ts.
 */
export class AppError extends Error {
  readonly reason: string;
  readonly params: MessageParams;
  readonly field?: string;

  constructor(
    readonly code: ErrorCode,
    details: ErrorDetails,
  ) {
    super(translate(`errors.${details.reason}`, details.params));
    this.name = new.target.name;
    this.reason = details.reason;
    this.params = details.params ?? {};
    this.field = details.field;
  }

  /** What a client receives beside the message (GraphQL `extensions`, the JSON body of a download). */
  get details(): { code: ErrorCode; reason: string; params: MessageParams; field?: string } {
    return { code: this.code, reason: this.reason, params: this.params, ...(this.field ? { field: this.field } : {}) };
  }
}

export class AuthError extends AppError {}

/** An error as a client receives it where nothing throws (a plugin's answer, a socket's ack, the body parser). */
export function clientError(
  code: ErrorCode | 'INTERNAL_SERVER_ERROR',
  details: ErrorDetails,
): { message: string; extensions: { code: string; reason: string; params: MessageParams; field?: string } } {
  const params = details.params ?? {};
  return {
    message: translate(`errors.${details.reason}`, params),
    extensions: { code, reason: details.reason, params, ...(details.field ? { field: details.field } : {}) },
  };
}
