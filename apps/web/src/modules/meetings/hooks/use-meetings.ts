import { useMutation } from 'urql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { AddAgendaItemMutation } from '../graphql/add-agenda-item.mutation';
import { AgendaSuggestionsQuery } from '../graphql/agenda-suggestions.query';
import { ColleaguesQuery } from '../graphql/colleagues.query';
import { CreateActionMutation } from '../graphql/create-action.mutation';
import { CreateMeetingMutation } from '../graphql/create-meeting.mutation';
import { MeetingQuery } from '../graphql/meeting.query';
import { MeetingsQuery } from '../graphql/meetings.query';
import { MoveChairMutation } from '../graphql/move-chair.mutation';
import { RecordDecisionMutation } from '../graphql/record-decision.mutation';
import { RecordMinutesMutation } from '../graphql/record-minutes.mutation';

/** The planned meetings one may see, from `from` on. */
export function useMeetings(from: string) {
  return useReloadableQuery({ query: MeetingsQuery, variables: { from }, requestPolicy: 'cache-and-network' });
}

/** One meeting with its agenda, each item's minutes, decisions and actions. */
export function useMeeting(id: string | undefined) {
  return useReloadableQuery({
    query: MeetingQuery,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'cache-and-network',
  });
}

/** Cases the chair might put on the agenda, and why; asked only when `enabled` (the school's coordinators). */
export function useAgendaSuggestions(meetingId: string | undefined, enabled: boolean) {
  return useReloadableQuery({
    query: AgendaSuggestionsQuery,
    variables: { meetingId: meetingId ?? '' },
    pause: !meetingId || !enabled,
  });
}

/** The people one may invite to a meeting. */
export function useColleagues() {
  return useReloadableQuery({ query: ColleaguesQuery });
}

export function useCreateMeeting() {
  return useMutation(CreateMeetingMutation);
}

export function useAddAgendaItem() {
  return useMutation(AddAgendaItemMutation);
}

/** Moves the meeting on to an agenda item: everyone in the room follows. */
export function useMoveChair() {
  return useMutation(MoveChairMutation);
}

export function useRecordMinutes() {
  return useMutation(RecordMinutesMutation);
}

export function useRecordDecision() {
  return useMutation(RecordDecisionMutation);
}

export function useCreateAction() {
  return useMutation(CreateActionMutation);
}
