import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError, clientError, type ErrorCode } from './app-error';

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
};

/** Apollo's own codes for requests that never reached a resolver; their messages are safe. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_REQUEST',
]);

/**
 * The one place where errors become what a client sees: our codes and messages, never a stack trace,
 * SQL text or an internal message. Anything unexpected is logged and answered with a generic message.
 */
export function formatGraphQLError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: original.details };
    }
    if (original instanceof HttpException) {
      const code = HTTP_STATUS_CODES[original.getStatus()];
      if (code) return { ...base, message: httpMessage(original), extensions: { code } };
    }
    const code = formatted.extensions?.code;
    const fromGraphQL = !original || original instanceof GraphQLError;
    if (fromGraphQL && typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      // Our own refusals before execution (query limits) carry a reason and its parameters too.
      const { reason, params } = formatted.extensions ?? {};
      return { ...base, extensions: { code, ...(typeof reason === 'string' ? { reason, params } : {}) } };
    }
    logger.error({ err: original ?? error }, 'unexpected error in GraphQL request');
    return {
      ...clientError('INTERNAL_SERVER_ERROR', { reason: 'internal' }),
      path: formatted.path,
    };
  };
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (Array.isArray(message)) return message.join('; ');
    if (typeof message === 'string') return message;
  }
  return exception.message;
}
