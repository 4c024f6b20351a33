import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { StartCasesQuery } from '../graphql/start-cases.query';
import { StartPageQuery } from '../graphql/start-page.query';
import { StartSignalsQuery } from '../graphql/start-signals.query';

/** The start page: my open actions, the meetings from `from` on, unread notifications. */
export function useStartPage(from: string) {
  return useReloadableQuery({ query: StartPageQuery, variables: { from }, requestPolicy: 'cache-and-network' });
}

/** The newest signals for me; asked only when `enabled` (the API answers "forbidden" to roles without them). */
export function useStartSignals(enabled: boolean) {
  return useReloadableQuery({ query: StartSignalsQuery, pause: !enabled, requestPolicy: 'cache-and-network' });
}

/** The first cases I work on; asked only when `enabled`. */
export function useStartCases(enabled: boolean) {
  return useReloadableQuery({ query: StartCasesQuery, pause: !enabled, requestPolicy: 'cache-and-network' });
}
