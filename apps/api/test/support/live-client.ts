import { io, type Socket } from 'socket.io-client';

export interface LiveEvent {
  kind: string;
  meetingId?: string;
  caseId?: string;
  agendaItemId?: string;
  actionId?: string;
  /** PUPIL_VISIBILITY_CHANGED: whose record. */
  pupilId?: string;
  userIds?: string[];
}
export type JoinAnswer = { ok: true; present?: string[] } | { ok: false; code: string; message: string };

/** A real socket.io client as the web client uses it: re-joins its rooms after every reconnect. */
export interface LiveClient {
  socket: Socket;
  events: LiveEvent[];
  join(kind: 'meeting' | 'case', id: string): Promise<JoinAnswer>;
  /** The first event (already received or still to come) that matches, or a rejection after `ms`. */
  waitFor(match: (event: LiveEvent) => boolean, ms?: number): Promise<LiveEvent>;
  close(): void;
}

export async function connectLive(url: string, token: string): Promise<LiveClient> {
  const socket = io(url, {
    auth: { token },
    transports: ['websocket'],
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
    forceNew: true,
  });
  const events: LiveEvent[] = [];
  const rooms = new Map<string, { kind: 'meeting' | 'case'; id: string }>();
  socket.on('change', (event: LiveEvent) => events.push(event));
  // After a reconnect (network or server restart) the rooms are gone on the server: join them again.
  socket.io.on('reconnect', () => rooms.forEach((r) => void socket.emitWithAck('join', r)));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  return {
    socket,
    events,
    async join(kind, id) {
      const answer = (await socket.timeout(2000).emitWithAck('join', { kind, id })) as JoinAnswer;
      if (answer.ok) rooms.set(`${kind}:${id}`, { kind, id });
      return answer;
    },
    waitFor(match, ms = 1000) {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          socket.off('change', listener);
          reject(new Error(`no matching live event within ${ms} ms; got ${JSON.stringify(events)}`));
        }, ms);
        const listener = (event: LiveEvent) => {
          if (!match(event)) return;
          clearTimeout(timer);
          socket.off('change', listener);
          resolve(event);
        };
        socket.on('change', listener);
      });
    },
    close() {
      socket.close();
    },
  };
}
