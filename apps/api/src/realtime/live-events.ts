import { Global, Injectable, Module } from '@nestjs/common';
import type { Server } from 'socket.io';
import { LIVE_EVENT, LiveEventKind, SESSION_ENDED, room, type LiveEvent, type SessionEndReason } from './live-event';

export type Emit = (event: LiveEvent, rooms: readonly string[]) => void;

/**
 * Publishes live events to rooms. Services call it after their transaction committed, so nobody is
 * told about a change that was rolled back. With the Redis adapter the rooms span all instances.
 */
@Injectable()
export class LiveEvents {
  private io: Server | null = null;
  private visibilityListeners: ((caseId: string) => void)[] = [];

  attach(io: Server | null): void {
    this.io = io;
  }

  publish(event: LiveEvent, rooms: readonly string[]): void {
    if (!this.io || rooms.length === 0) return;
    this.io.to([...rooms]).emit(LIVE_EVENT, event);
    if (event.kind === LiveEventKind.CASE_VISIBILITY_CHANGED && event.caseId)
      this.visibilityListeners.forEach((listener) => listener(event.caseId!));
  }

  /**
   * Runs `work` (usually one transaction) with an `emit` that holds events back until `work` has
   * finished without throwing, so a rolled-back change is never announced.
   */
  async afterCommit<T>(work: (emit: Emit) => Promise<T>): Promise<T> {
    const pending: [LiveEvent, readonly string[]][] = [];
    const result = await work((event, rooms) => pending.push([event, rooms]));
    for (const [event, rooms] of pending) this.publish(event, rooms);
    return result;
  }

  /**
   * Ends the sockets of sessions at once, on every instance (through the adapter): they are told why and
   * disconnected. Called after the session rows ended; the gateway's periodic check is the backstop.
   */
  endSessions(sessionIds: readonly string[], reason: SessionEndReason): void {
    if (!this.io || sessionIds.length === 0) return;
    const rooms = sessionIds.map(room.session);
    this.io.to(rooms).emit(SESSION_ENDED, { reason });
    this.io.in(rooms).disconnectSockets(true);
  }

  /** The gateway re-checks a case room's members when what they may see changed. */
  onVisibilityChanged(listener: (caseId: string) => void): void {
    this.visibilityListeners.push(listener);
  }
}

/** Global so any module can publish without importing the gateway (which itself needs those modules). */
@Global()
@Module({ providers: [LiveEvents], exports: [LiveEvents] })
export class LiveEventsModule {}
