import { useMutation } from 'urql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { CaseActionsQuery } from '../graphql/case-actions.query';
import { CompleteActionMutation } from '../graphql/complete-action.mutation';
import { MyActionCasesQuery } from '../graphql/my-action-cases.query';
import { MyActionCountsQuery } from '../graphql/my-action-counts.query';
import { MyActionsQuery } from '../graphql/my-actions.query';
import { ReassignActionMutation } from '../graphql/reassign-action.mutation';
import { RescheduleActionMutation } from '../graphql/reschedule-action.mutation';

/** How many of my actions one page shows. */
export const MY_ACTIONS_PAGE = 20;

/** A case's actions as the reader may see them; asked of the server on every visit (others change them). */
export function useCaseActions(caseId: string) {
  return useReloadableQuery({
    query: CaseActionsQuery,
    variables: { id: caseId },
    requestPolicy: 'cache-and-network',
  });
}

/** One page of my open actions, earliest due first (`after`: the previous page's end). */
export function useMyActions(after: string | null) {
  return useReloadableQuery({
    query: MyActionsQuery,
    variables: { first: MY_ACTIONS_PAGE, after },
    requestPolicy: 'cache-and-network',
  });
}

/** How many of my actions are open and overdue. */
export function useMyActionCounts() {
  return useReloadableQuery({ query: MyActionCountsQuery, requestPolicy: 'cache-and-network' });
}

/** The pupils of the cases my open actions belong to (who may see them), to name each action's case. */
export function useMyActionCases(owner: string | undefined) {
  return useReloadableQuery({
    query: MyActionCasesQuery,
    variables: { owner: owner ?? '' },
    pause: !owner,
    requestPolicy: 'cache-and-network',
  });
}

/** Marks an action done, with an optional note on what was done. */
export function useCompleteAction() {
  return useMutation(CompleteActionMutation);
}

/** Hands an action to someone else who may own it (one of Action.ownerCandidates). */
export function useReassignAction() {
  return useMutation(ReassignActionMutation);
}

/** Gives an action a new deadline (today or later). */
export function useRescheduleAction() {
  return useMutation(RescheduleActionMutation);
}
