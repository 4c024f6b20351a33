import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server, type Socket } from 'socket.io';
import { defineAbilityFor } from '@aanwezig/authz';
import { ActorLoader } from '../core/auth/actor.loader';
import type { Session } from '../core/auth/request-context';
import { SessionService } from '../core/auth/session.service';
import { presentedToken } from '../core/auth/session-cookies';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';
import { AppError } from '../core/errors/app-error';
import { CaseAccess } from '../modules/case/case-access';
import { MeetingAccess } from '../modules/meeting/meeting-access';
import {
  LIVE_EVENT,
  LiveEventKind,
  SESSION_ENDED,
  room,
  type LiveEvent,
  type RoomKind,
  type SessionEndReason,
  type SessionEnded,
} from './live-event';
import { LiveEvents } from './live-events';
import { membershipKey, sessionEnd, workingMemberships, type SocketSession } from './socket-sessions';
import { translate, type MessageParams } from '@aanwezig/messages';

type SocketData = SocketSession;
interface ServerEvents {
  [LIVE_EVENT]: (event: LiveEvent) => void;
  [SESSION_ENDED]: (ended: SessionEnded) => void;
}
type LiveSocket = Socket<Record<string, never>, ServerEvents, Record<string, never>, SocketData>;

/**
 * How often each instance checks its own sockets against the database (one query for all of them): a
 * signed-out session, a deactivated account or a removed membership ends its sockets within this, on
 * every instance, even one that missed the room broadcast (Redis down).
 */
export const SESSION_CHECK_MS = 500;
/** setTimeout's longest delay; a token that lives longer is checked again then. */
const MAX_TIMER_MS = 2_147_483_647;

export interface JoinRequest {
  kind: RoomKind;
  id: string;
}
export type JoinAnswer =
  | { ok: true; present?: string[] }
  | { ok: false; code: string; reason: string; params: MessageParams; message: string };

/** A refused join, said like an error of the API (code, reason and its Dutch message). */
function refused(code: string, reason: string): JoinAnswer {
  return { ok: false, code, reason, params: {}, message: translate(`errors.${reason}`) };
}

/**
 * socket.io on the API's port. A socket authenticates with the same session as GraphQL (the web client's
 * cookie, sent with the handshake from our own origin only, or a bearer token in `auth.token`), joins its
 * user's and its session's rooms, and may join a meeting's or a case's room only when the actor's ability allows reading
 * it, checked against the database at join time. Presence is who is in a meeting room. A socket lives no
 * longer than its session: it is told SESSION_ENDED and disconnected at the session's absolute end (a
 * timer), at once when it is signed out (LiveEvents.endSessions, through the adapter to every instance), and
 * when it idles out, its account is deactivated or its membership removed (each instance checks its
 * sockets every SESSION_CHECK_MS); a socket that lost only some memberships leaves the rooms it may no
 * longer read.
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
  private sessionTimer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private checkFailing = false;

  constructor(
    private readonly httpHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionService,
    private readonly actors: ActorLoader,
    private readonly meetings: MeetingAccess,
    private readonly cases: CaseAccess,
    private readonly live: LiveEvents,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const io = new Server(this.httpHost.httpAdapter.getHttpServer(), {
      path: '/socket.io',
      serveClient: false,
      transports: ['websocket', 'polling'],
    });
    if (this.config.redisUrl) await this.useRedis(io, this.config.redisUrl);
    io.use((socket, next) => {
      void this.authenticate(socket as LiveSocket).then(
        (ok) => next(ok ? undefined : new Error('UNAUTHENTICATED')),
        (error: unknown) => {
          // Not a bad token but trouble on our side (the database restarting). A refusal would end the client
          // for good (socket.io clients never retry a connection the server refused) and show it the driver's
          // message: drop the connection instead, so it reconnects with backoff as after a network failure.
          this.logger.warn(
            `socket sign-in failed, connection dropped for the client to retry: ${(error as Error).message}`,
          );
          socket.conn.close();
          next(new Error('UNAVAILABLE'));
        },
      );
    });
    // The server is untyped (LiveEvents emits through it too); its sockets are ours.
    io.on('connection', (socket) => this.onConnection(socket as unknown as LiveSocket));
    this.io = io;
    this.live.attach(io);
    this.live.onVisibilityChanged((caseId) => this.track(this.revalidateCaseRoom(caseId)));
    this.sessionTimer = setInterval(() => void this.checkSessions(), SESSION_CHECK_MS);
    this.sessionTimer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.live.attach(null);
    if (this.sessionTimer) clearInterval(this.sessionTimer);
    await Promise.allSettled([...this.pending, this.checking]);
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
    this.closers.push(
      () => pub.quit(),
      () => sub.quit(),
    );
  }

  private async authenticate(socket: LiveSocket): Promise<boolean> {
    const token: unknown = socket.handshake.auth?.token;
    const presented =
      typeof token === 'string'
        ? { token, via: 'bearer' as const }
        : presentedToken({ cookie: socket.handshake.headers.cookie });
    // A cookie rides along with any page's WebSocket to us: only our own pages may use it (no cross-site hijacking).
    if (presented?.via === 'cookie' && !this.sameOrigin(socket.handshake.headers.origin, socket.handshake.headers.host))
      return false;
    const found = presented ? await this.sessions.resolve(presented.token) : null;
    if (!found) return false;
    socket.data.sessionId = found.session.id;
    socket.data.userId = found.actor.userId;
    socket.data.actingAs = found.session.actingAs;
    socket.data.expiresAt = found.session.expiresAt;
    socket.data.memberships = workingMemberships(found.actor.memberships.map(membershipKey), found.session.actingAs);
    return true;
  }

  /**
   * Whether a handshake comes from a page of the app itself: its Origin is APP_URL's, or names exactly the
   * host and port the handshake was sent to (the page's own, behind a proxy that passes Host on). Another
   * port on the same host is another site's page.
   */
  private sameOrigin(origin: string | undefined, host: string | undefined): boolean {
    if (!origin) return false;
    if (this.config.appUrl && origin === new URL(this.config.appUrl).origin) return true;
    try {
      return host !== undefined && new URL(origin).host === host;
    } catch {
      return false;
    }
  }

  private onConnection(socket: LiveSocket): void {
    void socket.join([room.user(socket.data.userId), room.session(socket.data.sessionId)]);
    this.endAtExpiry(socket);
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
      const meetingIds = [...socket.rooms]
        .filter((r) => r.startsWith('meeting:'))
        .map((r) => r.slice('meeting:'.length));
      socket.once('disconnect', () => meetingIds.forEach((id) => void this.announcePresence(id)));
    });
  }

  /** Joins a room after checking, fresh from the database, that the actor may read what it is about. */
  private async join(socket: LiveSocket, request: JoinRequest): Promise<JoinAnswer> {
    const name = roomName(request);
    if (!name) return refused('BAD_USER_INPUT', 'realtime.unknownRoom');
    try {
      const session = await this.session(socket.data);
      if (!session) return refused('UNAUTHENTICATED', 'auth.sessionExpired');
      if (request.kind === 'meeting') await this.meetings.require(session, request.id);
      else await this.cases.require(session, request.id);
      await socket.join(name);
      if (request.kind !== 'meeting') return { ok: true };
      return { ok: true, present: await this.announcePresence(request.id) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, ...error.details, message: error.message };
      this.logger.error(error);
      return refused('INTERNAL', 'internalRetry');
    }
  }

  /** Ends the socket's session when its token expires (re-armed when the expiry is beyond one timer). */
  private endAtExpiry(socket: LiveSocket): void {
    const { expiresAt } = socket.data;
    if (expiresAt === null) return;
    const wait = expiresAt * 1000 - Date.now();
    if (wait <= 0) return this.endSession(socket, 'EXPIRED');
    const timer = setTimeout(() => this.endAtExpiry(socket), Math.min(wait, MAX_TIMER_MS));
    timer.unref();
    socket.once('disconnect', () => clearTimeout(timer));
  }

  /** Tells the socket why and disconnects it; the client shows "session ended" and does not reconnect. */
  private endSession(socket: LiveSocket, reason: SessionEndReason): void {
    if (!socket.connected) return;
    socket.emit(SESSION_ENDED, { reason });
    socket.disconnect();
  }

  /**
   * This instance's sockets against the database, all in one query: an inactive or vanished account, an
   * expired token or no membership left ends the socket; a removed membership re-checks its rooms. While
   * the database does not answer nothing is ended (said once in the log); the next round tries again.
   */
  checkSessions(): Promise<void> {
    // One round at a time; `finally` runs after the assignment even when a round finishes at once.
    this.checking ??= this.checkSessionsOnce().finally(() => (this.checking = null));
    return this.checking;
  }

  private async checkSessionsOnce(): Promise<void> {
    try {
      const sockets = this.io
        ? ([...this.io.of('/').sockets.values()] as LiveSocket[]).filter((s) => s.connected && s.data.userId)
        : [];
      if (sockets.length === 0) return;
      const standing = await this.sessions.standing([...new Set(sockets.map((s) => s.data.sessionId))]);
      this.checkFailing = false;
      const now = Date.now() / 1000;
      for (const socket of sockets) {
        const row = standing.get(socket.data.sessionId);
        const ended = sessionEnd(socket.data, row, now);
        if (ended || !row?.live) {
          this.endSession(socket, ended ?? 'SIGNED_OUT');
          continue;
        }
        const working = workingMemberships(row.memberships, socket.data.actingAs);
        const lost = socket.data.memberships.some((m) => !working.includes(m));
        socket.data.memberships = working;
        if (lost) await this.recheckRooms(socket);
      }
    } catch (error) {
      if (!this.checkFailing)
        this.logger.warn(
          `socket session check failed, sockets kept until the database answers: ${(error as Error).message}`,
        );
      this.checkFailing = true;
    }
  }

  /** After a membership was removed: the socket leaves every case or meeting room it may no longer read, and is told so. */
  private async recheckRooms(socket: LiveSocket): Promise<void> {
    const session = await this.session(socket.data);
    for (const name of [...socket.rooms]) {
      const [kind, id] = name.split(':');
      if (kind !== 'case' && kind !== 'meeting') continue;
      const allowed =
        session &&
        (await (kind === 'case' ? this.cases.require(session, id) : this.meetings.require(session, id)).then(
          () => true,
          () => false,
        ));
      if (allowed) continue;
      await socket.leave(name);
      socket.emit(
        LIVE_EVENT,
        kind === 'case'
          ? { kind: LiveEventKind.CASE_VISIBILITY_CHANGED, caseId: id }
          : { kind: LiveEventKind.MEETING_CHANGED, meetingId: id },
      );
      if (kind === 'meeting') await this.announcePresence(id);
    }
  }

  private track(work: Promise<void>): void {
    const tracked = work
      .catch((error: unknown) => this.logger.warn(`room check failed: ${(error as Error).message}`))
      .finally(() => this.pending.delete(tracked));
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
      const allowed =
        session &&
        (await this.cases.require(session, caseId).then(
          () => true,
          () => false,
        ));
      if (!allowed) socket.leave(room.case(caseId));
    }
  }

  private async session({ userId, actingAs, expiresAt }: SocketData): Promise<Session | null> {
    if (expiresAt !== null && expiresAt <= Date.now() / 1000) return null;
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
