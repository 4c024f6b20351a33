import { useMutation } from 'urql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { AcknowledgeSignalMutation } from '../graphql/acknowledge-signal.mutation';
import { MarkReportedToDuoMutation } from '../graphql/mark-reported-to-duo.mutation';
import { SignalToAgendaMutation } from '../graphql/signal-to-agenda.mutation';
import { SignalToCaseMutation } from '../graphql/signal-to-case.mutation';
import { SignalsQuery } from '../graphql/signals.query';
import { UpcomingMeetingsQuery } from '../graphql/upcoming-meetings.query';

/** The signals routed to me: the new ones, or those withdrawn since. */
export function useSignals(withdrawn: boolean) {
  return useReloadableQuery({
    query: SignalsQuery,
    variables: withdrawn ? { withdrawn: true } : { status: 'NEW' },
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
