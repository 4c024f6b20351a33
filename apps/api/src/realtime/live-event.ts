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
  /**
   * What may be shown of a pupil changed (a consent withdrawn or expired): to the user room of everyone
   * who may have the pupil on a screen (case list, signals, actions). Carries the pupil's id only.
   */
  PUPIL_VISIBILITY_CHANGED: 'PUPIL_VISIBILITY_CHANGED',
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
  /** PUPIL_VISIBILITY_CHANGED: whose record; the client refetches what it shows. */
  pupilId?: string;
  /** PRESENCE_CHANGED: who is in the meeting room now. */
  userIds?: string[];
}

/** The socket.io event name every LiveEvent travels under. */
export const LIVE_EVENT = 'change';

/**
 * Sent to a socket just before the server disconnects it because its session ended: it expired (idle or
 * at its absolute end), the person signed out, the account was deactivated, or the membership it worked
 * through was removed. The client shows
 * "session ended" and signs out; it does not reconnect (a server-side disconnect is never retried).
 */
export const SESSION_ENDED = 'session-ended';
export type SessionEndReason = 'EXPIRED' | 'SIGNED_OUT' | 'DEACTIVATED' | 'MEMBERSHIP_REMOVED';
export interface SessionEnded {
  reason: SessionEndReason;
}

export type RoomKind = 'meeting' | 'case';

export const room = {
  meeting: (id: string) => `meeting:${id}`,
  case: (id: string) => `case:${id}`,
  /** Every socket joins its user's room on connect: notifications and own actions. */
  user: (id: string) => `user:${id}`,
  /** Every socket joins its session's room: signing out ends exactly that session's sockets, on every instance. */
  session: (id: string) => `session:${id}`,
};
