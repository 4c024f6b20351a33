/**
 * What the realtime channel says: a kind and ids, never pupil data. Clients refetch through GraphQL,
 * so the field mask stays the one gate.
 */
export const LiveEventKind = {
  AGENDA_CHANGED: 'AGENDA_CHANGED',
  MINUTES_CHANGED: 'MINUTES_CHANGED',
  DECISION_RECORDED: 'DECISION_RECORDED',
  ACTION_CHANGED: 'ACTION_CHANGED',
  PRESENCE_CHANGED: 'PRESENCE_CHANGED',
  CHAIR_MOVED: 'CHAIR_MOVED',
  MEETING_CHANGED: 'MEETING_CHANGED',
  CASE_VISIBILITY_CHANGED: 'CASE_VISIBILITY_CHANGED',
  ADVICE_WRITTEN: 'ADVICE_WRITTEN',
  NOTIFICATION_CREATED: 'NOTIFICATION_CREATED',
} as const;
export type LiveEventKind = (typeof LiveEventKind)[keyof typeof LiveEventKind];

export interface LiveEvent {
  kind: LiveEventKind;
  meetingId?: string;
  caseId?: string;
  agendaItemId?: string;
  actionId?: string;
  /** PRESENCE_CHANGED: who is in the meeting room now. */
  userIds?: string[];
}

/** The socket.io event name every LiveEvent travels under. */
export const LIVE_EVENT = 'change';

export type RoomKind = 'meeting' | 'case';

export const room = {
  meeting: (id: string) => `meeting:${id}`,
  case: (id: string) => `case:${id}`,
  /** Every socket joins its user's room on connect: notifications and own actions. */
  user: (id: string) => `user:${id}`,
};
