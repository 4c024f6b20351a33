import type { ActingAs } from '../core/auth/acting-as';
import type { SessionStanding } from '../core/auth/session.service';
import type { SessionEndReason } from './live-event';

/** What a socket was let in with, kept on the socket (and seen by every instance through the adapter). */
export interface SocketSession {
  /** The auth_session row it was let in with. */
  sessionId: string;
  userId: string;
  actingAs: ActingAs | null;
  /** The session's absolute end (seconds since the epoch); null for never. */
  expiresAt: number | null;
  /** The memberships it works through ("organisationId:role", sorted): all of the user's, or the one it acts as. */
  memberships: string[];
}

export const membershipKey = (m: { organisationId: string; role: string }) => `${m.organisationId}:${m.role}`;

/** The memberships a session works through out of the user's: all, or only the one it acts as. */
export function workingMemberships(all: readonly string[], actingAs: ActingAs | null): string[] {
  return (actingAs ? all.filter((m) => m === membershipKey(actingAs)) : [...all]).sort();
}

/**
 * Whether a socket's session has ended, and why: it expired (idle, or its absolute end), was signed out,
 * the account was deactivated, or nothing is left of the memberships it works through. `standing` is the
 * session's row now (SessionService.standing). A socket that only lost some memberships goes on, with its
 * rooms re-checked.
 */
export function sessionEnd(
  session: SocketSession,
  standing: SessionStanding | undefined,
  nowSeconds: number,
): SessionEndReason | null {
  if (!standing) return 'SIGNED_OUT';
  if (!standing.live) return standing.why;
  if (session.expiresAt !== null && session.expiresAt <= nowSeconds) return 'EXPIRED';
  if (session.memberships.length > 0 && workingMemberships(standing.memberships, session.actingAs).length === 0)
    return 'MEMBERSHIP_REMOVED';
  return null;
}
