import { useCallback } from 'react';
import { useClient, useMutation } from 'urql';
import type { DraftLetterQueryVariables } from '../../../generated/graphql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { DraftLetterQuery } from '../graphql/draft-letter.query';
import { LetterCasesQuery } from '../graphql/letter-cases.query';
import { SendLetterMutation } from '../graphql/send-letter.mutation';

/** The cases one may write a letter for. */
export function useLetterCases() {
  return useReloadableQuery({ query: LetterCasesQuery });
}

/** Asks for a fresh draft (the real days missed today), when the user asks for one. */
export function useDraftLetter() {
  const client = useClient();
  return useCallback(
    (variables: DraftLetterQueryVariables) =>
      client.query(DraftLetterQuery, variables, { requestPolicy: 'network-only' }).toPromise(),
    [client],
  );
}

export function useSendLetter() {
  return useMutation(SendLetterMutation);
}
