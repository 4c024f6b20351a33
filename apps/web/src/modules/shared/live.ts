import { useEffect, useRef } from 'react';
import { io } from 'socket.io-client';
import { useSession } from '../auth/hooks/session';

export interface LiveEvent {
  kind: string;
  meetingId?: string;
  caseId?: string;
  agendaItemId?: string;
  actionId?: string;
  /** PUPIL_VISIBILITY_CHANGED: whose record may show differently now. */
  pupilId?: string;
  userIds?: string[];
}

/**
 * Sent by the server just before it disconnects a socket whose session ended (expired, signed out,
 * deactivated, membership removed), with `{ reason }`.
 */
const SESSION_ENDED = 'session-ended';

/**
 * Listens to a meeting's or a case's room while the component is shown. Events carry ids only: the
 * caller refetches through GraphQL. After a reconnect (network, server restart) the room is joined
 * again and the caller refetches once, so nothing changed meanwhile is missed; what the user is
 * typing lives in the component's state and is not touched.
 */
export function useLiveRoom(
  kind: 'meeting' | 'case',
  id: string | undefined,
  onEvent: (event: LiveEvent) => void,
): void {
  useLiveRooms(id ? [{ kind, id }] : [], onEvent);
}

export interface LiveRoom {
  kind: 'meeting' | 'case';
  id: string;
}

/** Several rooms on one socket: a meeting and the cases on its agenda you may read. */
export function useLiveRooms(rooms: readonly LiveRoom[], onEvent: (event: LiveEvent) => void): void {
  const key = rooms
    .map((r) => `${r.kind}:${r.id}`)
    .sort()
    .join(',');
  useLiveSocket(key ? key : null, onEvent);
}

/**
 * Refetches a list that shows pupils (the case list, the signals, the actions) when what may be shown of
 * one of them changed, e.g. a consent was withdrawn or expired: the server tells every reader's own room,
 * with the pupil's id only. Also refetches after a reconnect, for what changed meanwhile.
 */
export function usePupilChanges(onChange: () => void): void {
  useLiveSocket('', (event) => {
    if (event.kind === 'PUPIL_VISIBILITY_CHANGED' || event.kind === 'RESYNC') onChange();
  });
}

/**
 * One socket while the component is shown (`key` null: none), joining the rooms in `key`
 * ("kind:id,kind:id"; '' for only the user's own room, which the server joins by itself). When the
 * server ends the session the app says so, and why. The socket authenticates by the session cookie,
 * which the browser sends with the handshake itself (same origin): no token in the page.
 */
function useLiveSocket(key: string | null, onEvent: (event: LiveEvent) => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  // A new socket for each session (sign-in, switch of role): it works as what the session is now.
  const { endSession, signedIn, generation } = useSession();
  useEffect(() => {
    if (key === null || !signedIn) return;
    const wanted = key ? key.split(',').map((k) => ({ kind: k.split(':')[0], id: k.split(':')[1] })) : [];
    const socket = io({ transports: ['websocket', 'polling'] });
    socket.on('connect', () => wanted.forEach((room) => socket.emit('join', room)));
    socket.io.on('reconnect', () => handler.current({ kind: 'RESYNC' }));
    socket.on('change', (event: LiveEvent) => handler.current(event));
    socket.on(SESSION_ENDED, (ended?: { reason?: unknown }) => endSession(ended?.reason));
    return () => {
      socket.close();
    };
  }, [key, endSession, signedIn, generation]);
}
