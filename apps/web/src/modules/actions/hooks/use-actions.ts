import { useMutation } from 'urql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { CaseActionsQuery } from '../graphql/case-actions.query';
import { CompleteActionMutation } from '../graphql/complete-action.mutation';
import { ReassignActionMutation } from '../graphql/reassign-action.mutation';

/** A case's actions as the reader may see them; asked of the server on every visit (others change them). */
export function useCaseActions(caseId: string) {
  return useReloadableQuery({
    query: CaseActionsQuery,
    variables: { id: caseId },
    requestPolicy: 'cache-and-network',
  });
}

/** Marks an action done, with an optional note on what was done. */
export function useCompleteAction() {
  return useMutation(CompleteActionMutation);
}

/** Hands an action to someone else who may own it. */
export function useReassignAction() {
  return useMutation(ReassignActionMutation);
}
