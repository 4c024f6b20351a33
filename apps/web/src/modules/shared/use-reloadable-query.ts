import { useCallback } from 'react';
import { useQuery, type AnyVariables, type UseQueryArgs, type UseQueryState } from 'urql';

export type ReloadableQuery<Data, Variables extends AnyVariables> = UseQueryState<Data, Variables> & {
  /**
   * Asks the server again, past the cache: after a change of one's own, or when the server says that
   * something shown changed (a live event carries ids only; what may be shown is read through GraphQL).
   */
  reload(): void;
};

/** urql's `useQuery`, its state with a `reload()`: what the feature hooks return for a query. */
export function useReloadableQuery<Data, Variables extends AnyVariables>(
  args: UseQueryArgs<Variables, Data>,
): ReloadableQuery<Data, Variables> {
  const [state, refetch] = useQuery<Data, Variables>(args);
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  return { ...state, reload };
}
