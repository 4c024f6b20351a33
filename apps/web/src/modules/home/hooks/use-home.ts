import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { StartCasesQuery } from '../graphql/start-cases.query';
import { StartPageQuery } from '../graphql/start-page.query';
import { StartSignalsQuery } from '../graphql/start-signals.query';

/**
 * The start page: my open actions, unread notifications and, for who may read them (`withMeetings`),
 * the meetings from `from` on. Paused until the capabilities are known (`enabled`).
 */
export function useStartPage(from: string, withMeetings: boolean, enabled: boolean) {
  return useReloadableQuery({
    query: StartPageQuery,
    variables: { from, withMeetings },
    pause: !enabled,
    requestPolicy: 'cache-and-network',
  });
}

/** The newest signals for me; asked only when `enabled` (the API answers "forbidden" to roles without them). */
export function useStartSignals(enabled: boolean) {
  return useReloadableQuery({ query: StartSignalsQuery, pause: !enabled, requestPolicy: 'cache-and-network' });
}

/** The first cases I work on; asked only when `enabled`. */
export function useStartCases(enabled: boolean) {
  return useReloadableQuery({ query: StartCasesQuery, pause: !enabled, requestPolicy: 'cache-and-network' });
}
