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
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    const token = readToken();
    if (!id || !token) return;
    const socket = io({ auth: { token }, transports: ['websocket', 'polling'] });
    const join = () => socket.emit('join', { kind, id });
    socket.on('connect', join);
    socket.io.on('reconnect', () => handler.current({ kind: 'RESYNC' }));
    socket.on('change', (event: LiveEvent) => handler.current(event));
    return () => {
      socket.close();
    };
  }, [kind, id]);
}
