import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server, type Socket } from 'socket.io';
import { defineAbilityFor } from '@aanwezig/authz';
import type { ActingAs } from '../core/auth/acting-as';
import { ActorLoader } from '../core/auth/actor.loader';
import type { Session } from '../core/auth/request-context';
import { TokenService } from '../core/auth/token.service';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';
import { AppError } from '../core/errors/app-error';
import { CaseAccess } from '../modules/case/case-access';
import { MeetingAccess } from '../modules/meeting/meeting-access';
import { LiveEventKind, room, type RoomKind } from './live-event';
import { LiveEvents } from './live-events';

interface SocketData {
  userId: string;
  actingAs: ActingAs | null;
}
type LiveSocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>;

export interface JoinRequest {
  kind: RoomKind;
  id: string;
}
export type JoinAnswer = { ok: true; present?: string[] } | { ok: false; code: string; message: string };

/**
 * socket.io on the API's port. A socket authenticates with the same bearer token as GraphQL, joins its
 * user's room, and may join a meeting's or a case's room only when the actor's ability allows reading
 * it, checked against the database at join time. Presence is who is in a meeting room.
 */
@Injectable()
export class RealtimeGateway implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Realtime');
  private io: Server | null = null;
  private readonly closers: (() => Promise<unknown>)[] = [];
  /** Room checks still running; shutdown waits for them rather than cutting their queries off. */
  private readonly pending = new Set<Promise<void>>();
  /** Whether Redis answers; without it, room member lists cover this instance only instead of waiting for Redis. */
  private redisUp = () => true;

  constructor(
    private readonly httpHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
    private readonly actors: ActorLoader,
    private readonly meetings: MeetingAccess,
    private readonly cases: CaseAccess,
    private readonly live: LiveEvents,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const io = new Server(this.httpHost.httpAdapter.getHttpServer(), { path: '/socket.io', serveClient: false, transports: ['websocket', 'polling'] });
    if (this.config.redisUrl) await this.useRedis(io, this.config.redisUrl);
    io.use((socket, next) => {
      void this.authenticate(socket as LiveSocket).then(
        (ok) => next(ok ? undefined : new Error('UNAUTHENTICATED')),
        (error: unknown) => {
          // Not a bad token but trouble on our side (the database restarting). A refusal would end the client
          // for good (socket.io clients never retry a connection the server refused) and show it the driver's
          // message: drop the connection instead, so it reconnects with backoff as after a network failure.
          this.logger.warn(`socket sign-in failed, connection dropped for the client to retry: ${(error as Error).message}`);
          socket.conn.close();
          next(new Error('UNAVAILABLE'));
        },
      );
    });
    io.on('connection', (socket: LiveSocket) => this.onConnection(socket));
    this.io = io;
    this.live.attach(io);
    this.live.onVisibilityChanged((caseId) => this.track(this.revalidateCaseRoom(caseId)));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.live.attach(null);
    await Promise.allSettled([...this.pending]);
    if (!this.io) return;
    // Disconnect clients and close the engine, but leave the HTTP server to Nest.
    this.io.local.disconnectSockets(true);
    this.io.engine.close();
    await Promise.allSettled(this.closers.map((close) => close()));
    this.io = null;
  }

  private async useRedis(io: Server, url: string): Promise<void> {
    const pub = createClient({ url });
    const sub = pub.duplicate();
    pub.on('error', (error: Error) => this.logger.warn(`Redis (publish): ${error.message}`));
    sub.on('error', (error: Error) => this.logger.warn(`Redis (subscribe): ${error.message}`));
    await Promise.all([pub.connect(), sub.connect()]);
    // The adapter publishes without awaiting: while Redis is gone each publish would reject unhandled, and
    // Node ends the process on an unhandled rejection. The event is lost for the other instances (their
    // clients refetch when they reconnect); this instance's clients still get it.
    const publish = pub.publish.bind(pub);
    Object.assign(pub, {
      publish: (channel: string, message: string) =>
        publish(channel, message).catch((error: Error) => {
          this.logger.warn(`Redis publish failed, event kept to this instance: ${error.message}`);
          return 0;
        }),
    });
    this.redisUp = () => pub.isReady && sub.isReady;
    io.adapter(createAdapter(pub, sub));
    this.closers.push(() => pub.quit(), () => sub.quit());
  }

  private async authenticate(socket: LiveSocket): Promise<boolean> {
    const token: unknown = socket.handshake.auth?.token;
    const subject = typeof token === 'string' ? await this.tokens.verify(token) : null;
    const actor = subject ? await this.actors.load(subject.userId, undefined, subject.actingAs) : null;
    if (!actor) return false;
    socket.data.userId = actor.userId;
    socket.data.actingAs = subject!.actingAs;
    return true;
  }

  private onConnection(socket: LiveSocket): void {
    void socket.join(room.user(socket.data.userId));
    socket.on('join', (request: JoinRequest, ack?: (answer: JoinAnswer) => void) => {
      void this.join(socket, request).then((answer) => ack?.(answer));
    });
    socket.on('leave', (request: JoinRequest, ack?: (answer: JoinAnswer) => void) => {
      const name = roomName(request);
      void (async () => {
        if (name) await socket.leave(name);
        if (name && request.kind === 'meeting') await this.announcePresence(request.id);
        ack?.({ ok: true });
      })();
    });
    socket.on('disconnecting', () => {
      const meetingIds = [...socket.rooms].filter((r) => r.startsWith('meeting:')).map((r) => r.slice('meeting:'.length));
      socket.once('disconnect', () => meetingIds.forEach((id) => void this.announcePresence(id)));
    });
  }

  /** Joins a room after checking, fresh from the database, that the actor may read what it is about. */
  private async join(socket: LiveSocket, request: JoinRequest): Promise<JoinAnswer> {
    const name = roomName(request);
    if (!name) return { ok: false, code: 'BAD_USER_INPUT', message: 'Onbekende ruimte.' };
    try {
      const session = await this.session(socket.data);
      if (!session) return { ok: false, code: 'UNAUTHENTICATED', message: 'Log opnieuw in: uw sessie is verlopen of ongeldig.' };
      if (request.kind === 'meeting') await this.meetings.require(session, request.id);
      else await this.cases.require(session, request.id);
      await socket.join(name);
      if (request.kind !== 'meeting') return { ok: true };
      return { ok: true, present: await this.announcePresence(request.id) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
      this.logger.error(error);
      return { ok: false, code: 'INTERNAL', message: 'Er ging iets mis; probeer het opnieuw.' };
    }
  }

  private track(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => this.logger.warn(`room check failed: ${(error as Error).message}`)).finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  private async announcePresence(meetingId: string): Promise<string[]> {
    if (!this.io) return [];
    const sockets = await this.members(room.meeting(meetingId));
    const userIds = [...new Set(sockets.map((s) => (s.data as SocketData).userId))].sort();
    this.live.publish({ kind: LiveEventKind.PRESENCE_CHANGED, meetingId, userIds }, [room.meeting(meetingId)]);
    return userIds;
  }

  /** A room's sockets on every instance; only this instance's while Redis is gone (fetchSockets would wait for it). */
  private members(name: string) {
    return this.redisUp() ? this.io!.in(name).fetchSockets() : this.io!.local.in(name).fetchSockets();
  }

  /** After a visibility change, sockets whose user may no longer read the case leave its room. */
  private async revalidateCaseRoom(caseId: string): Promise<void> {
    if (!this.io) return;
    const sockets = await this.members(room.case(caseId));
    for (const socket of sockets) {
      const session = await this.session(socket.data as SocketData);
      const allowed = session && (await this.cases.require(session, caseId).then(() => true, () => false));
      if (!allowed) socket.leave(room.case(caseId));
    }
  }

  private async session({ userId, actingAs }: SocketData): Promise<Session | null> {
    const actor = await this.actors.load(userId, undefined, actingAs);
    return actor ? { actor, ability: defineAbilityFor(actor), actingAs } : null;
  }
}

function roomName(request: JoinRequest | undefined): string | null {
  if (!request || typeof request.id !== 'string' || !/^[0-9a-f-]{36}$/i.test(request.id)) return null;
  if (request.kind === 'meeting') return room.meeting(request.id);
  if (request.kind === 'case') return room.case(request.id);
  return null;
}
