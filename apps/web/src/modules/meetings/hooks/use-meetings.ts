import { useMutation } from 'urql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import type { MeetingFilter } from '../../../generated/graphql';
import { AddAgendaItemMutation } from '../graphql/add-agenda-item.mutation';
import { AgendaSuggestionsQuery } from '../graphql/agenda-suggestions.query';
import { CloseMeetingMutation } from '../graphql/close-meeting.mutation';
import { ColleaguesQuery } from '../graphql/colleagues.query';
import { CreateActionMutation } from '../graphql/create-action.mutation';
import { CreateMeetingMutation } from '../graphql/create-meeting.mutation';
import { MeetingQuery } from '../graphql/meeting.query';
import { MeetingsQuery } from '../graphql/meetings.query';
import { MoveChairMutation } from '../graphql/move-chair.mutation';
import { RecordDecisionMutation } from '../graphql/record-decision.mutation';
import { RecordMinutesMutation } from '../graphql/record-minutes.mutation';

/** One page of the meetings one may see: upcoming or past, as `filter` says; `after` a page's end cursor. */
export function useMeetings(filter: MeetingFilter, after: string | null) {
  return useReloadableQuery({ query: MeetingsQuery, variables: { filter, after }, requestPolicy: 'cache-and-network' });
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

/** The people a meeting of this school may invite: its own staff and its partners (the API decides who). */
export function useColleagues(organisationId: string) {
  return useReloadableQuery({ query: ColleaguesQuery, variables: { organisationId } });
}

/** Closes the meeting: its agenda, minutes and decisions are final from then on. */
export function useCloseMeeting() {
  return useMutation(CloseMeetingMutation);
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
