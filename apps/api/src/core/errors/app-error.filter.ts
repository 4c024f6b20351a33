import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error';

/**
 * Expected errors (ours, with a code) go straight to the client through formatGraphQLError, without
 * Nest logging them as unexpected failures.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError): AppError {
    return error;
  }
}
