import type { CombinedError } from 'urql';

/** What to tell the user about a failed request: the API's own (Dutch) message when there is one. */
export function errorMessage(error: CombinedError): string {
  return error.graphQLErrors[0]?.message ?? error.message;
}
