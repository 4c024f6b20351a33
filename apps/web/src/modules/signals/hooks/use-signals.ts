import { useMutation } from 'urql';
import type { SignalKind, SignalRoute, SignalStatus } from '../../../generated/graphql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { AcknowledgeSignalMutation } from '../graphql/acknowledge-signal.mutation';
import { MarkReportedToDuoMutation } from '../graphql/mark-reported-to-duo.mutation';
import { SignalToAgendaMutation } from '../graphql/signal-to-agenda.mutation';
import { SignalToCaseMutation } from '../graphql/signal-to-case.mutation';
import { SignalsQuery } from '../graphql/signals.query';
import { UpcomingMeetingsQuery } from '../graphql/upcoming-meetings.query';

/** How many signals one page of the inbox holds. */
export const SIGNAL_PAGE_SIZE = 50;

/** The inbox's filters: a status (or the withdrawn ones), a rule, a route, one pupil. Each only narrows. */
export interface SignalFilter {
  status: SignalStatus | 'WITHDRAWN';
  rule: SignalKind | null;
  route: SignalRoute | null;
  pupilId: string | null;
}

export const DEFAULT_SIGNAL_FILTER: SignalFilter = { status: 'NEW', rule: null, route: null, pupilId: null };

/** One page of the signals routed to me under these filters, after `after` (a cursor; null: the first page). */
export function useSignals(filter: SignalFilter, after: string | null) {
  return useReloadableQuery({
    query: SignalsQuery,
    variables: {
      ...(filter.status === 'WITHDRAWN' ? { withdrawn: true } : { status: filter.status }),
      rule: filter.rule,
      route: filter.route,
      pupilId: filter.pupilId,
      first: SIGNAL_PAGE_SIZE,
      after,
    },
    requestPolicy: 'cache-and-network',
  });
}

/** The planned meetings from `from` on, to put a signal on one's agenda; asked only when `enabled`. */
export function useUpcomingMeetings(from: string, enabled: boolean) {
  return useReloadableQuery({ query: UpcomingMeetingsQuery, variables: { from }, pause: !enabled });
}

export function useAcknowledgeSignal() {
  return useMutation(AcknowledgeSignalMutation);
}

export function useSignalToCase() {
  return useMutation(SignalToCaseMutation);
}

export function useSignalToAgenda() {
  return useMutation(SignalToAgendaMutation);
}

/** The school records that it reported a legal-report signal to DUO. */
export function useMarkReportedToDuo() {
  return useMutation(MarkReportedToDuoMutation);
}
