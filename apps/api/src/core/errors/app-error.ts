/** The error codes clients rely on (CONTRACT.md). */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/**
 * Base of every module's own error type. The message is safe to show to the user (Dutch first);
 * `field` names the offending input for BAD_USER_INPUT. Mapped to GraphQL once, in format-error.ts.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class AuthError extends AppError {}
