import { useEffect, useRef } from 'react';
import { io } from 'socket.io-client';
import { readToken } from '../auth/hooks/session';

export interface LiveEvent {
  kind: string;
  meetingId?: string;
  caseId?: string;
  agendaItemId?: string;
  actionId?: string;
  userIds?: string[];
}

/**
 * Listens to a meeting's or a case's room while the component is shown. Events carry ids only: the
 * caller refetches through GraphQL. After a reconnect (network, server restart) the room is joined
 * again and the caller refetches once, so nothing changed meanwhile is missed; what the user is
 * typing lives in the component's state and is not touched.
 */
export function useLiveRoom(kind: 'meeting' | 'case', id: string | undefined, onEvent: (event: LiveEvent) => void): void {
  useLiveRooms(id ? [{ kind, id }] : [], onEvent);
}

export interface LiveRoom {
  kind: 'meeting' | 'case';
  id: string;
}

/** Several rooms on one socket: a meeting and the cases on its agenda you may read. */
export function useLiveRooms(rooms: readonly LiveRoom[], onEvent: (event: LiveEvent) => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const key = rooms.map((r) => `${r.kind}:${r.id}`).sort().join(',');
  useEffect(() => {
    const token = readToken();
    if (!key || !token) return;
    const wanted = key.split(',').map((k) => ({ kind: k.split(':')[0], id: k.split(':')[1] }));
    const socket = io({ auth: { token }, transports: ['websocket', 'polling'] });
    socket.on('connect', () => wanted.forEach((room) => socket.emit('join', room)));
    socket.io.on('reconnect', () => handler.current({ kind: 'RESYNC' }));
    socket.on('change', (event: LiveEvent) => handler.current(event));
    return () => {
      socket.close();
    };
  }, [key]);
}
