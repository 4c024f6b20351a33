import { useMutation, type OperationContext } from 'urql';
import type { CasesQueryVariables } from '../../../generated/graphql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { CaseQuery } from '../graphql/case.query';
import { CloseCaseMutation } from '../graphql/close-case.mutation';
import { ReopenCaseMutation } from '../graphql/reopen-case.mutation';
import { UpdateCaseMutation } from '../graphql/update-case.mutation';
import { CasesQuery } from '../graphql/cases.query';
import { DeleteViewMutation } from '../graphql/delete-view.mutation';
import { RecordConsentMutation } from '../graphql/record-consent.mutation';
import { SaveViewMutation } from '../graphql/save-view.mutation';
import { SavedViewsQuery } from '../graphql/saved-views.query';
import { WithdrawConsentMutation } from '../graphql/withdraw-consent.mutation';
import { WriteAdviceMutation } from '../graphql/write-advice.mutation';

/** One case as the reader may see it; shown from the cache at once and refreshed from the server. */
export function useCase(id: string | undefined) {
  return useReloadableQuery({
    query: CaseQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'cache-and-network',
  });
}

/** A page of the case list for a filter and cursor; `context` lets the caller force a fresh answer. */
export function useCases(variables: CasesQueryVariables, context?: Partial<OperationContext>) {
  return useReloadableQuery({ query: CasesQuery, variables, context });
}

/** The user's saved filters for the case list ("Mijn weergaven"). */
export function useSavedViews() {
  return useReloadableQuery({ query: SavedViewsQuery });
}

export function useSaveView() {
  return useMutation(SaveViewMutation);
}

export function useDeleteView() {
  return useMutation(DeleteViewMutation);
}

export function useRecordConsent() {
  return useMutation(RecordConsentMutation);
}

export function useWithdrawConsent() {
  return useMutation(WithdrawConsentMutation);
}

/** The jeugdarts's advice on a case, with a note that stays in the GGD. */
export function useWriteAdvice() {
  return useMutation(WriteAdviceMutation);
}

/** A change to the case's classification, notes or owner, with the version it was made on. */
export function useUpdateCase() {
  return useMutation(UpdateCaseMutation);
}

/** Closing the case with its outcome. */
export function useCloseCase() {
  return useMutation(CloseCaseMutation);
}

/** Opening a closed case again. */
export function useReopenCase() {
  return useMutation(ReopenCaseMutation);
}
