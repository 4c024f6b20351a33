import type { DataSource } from 'typeorm';
import type { ActingAs } from '../core/auth/acting-as';
import type { SessionEndReason } from './live-event';

/** What a socket was let in with, kept on the socket (and seen by every instance through the adapter). */
export interface SocketSession {
  userId: string;
  actingAs: ActingAs | null;
  /** When its token stops signing in (seconds since the epoch); null for never. */
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
 * The memberships each active user holds now ("organisationId:role"); a user who is missing was
 * deactivated or removed. One query for every socket of an instance.
 */
export async function standingMemberships(
  dataSource: DataSource,
  userIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows: { id: string; memberships: string[] }[] = await dataSource.query(
    `SELECT u.id, coalesce(array_agg(m.organisation_id::text || ':' || m.role) FILTER (WHERE m.organisation_id IS NOT NULL), '{}') AS memberships
       FROM app_user u LEFT JOIN membership m ON m.user_id = u.id
      WHERE u.id = ANY($1::uuid[]) AND u.active
      GROUP BY u.id`,
    [userIds],
  );
  return new Map(rows.map((r) => [r.id, r.memberships]));
}

/**
 * Whether a socket's session has ended, and why: the token expired, the account is gone or inactive, or
 * nothing is left of the memberships it works through. `standing` is the user's memberships now
 * (undefined: no active account). A socket that only lost some memberships goes on, with its rooms re-checked.
 */
export function sessionEnd(
  session: SocketSession,
  standing: readonly string[] | undefined,
  nowSeconds: number,
): SessionEndReason | null {
  if (!standing) return 'DEACTIVATED';
  if (session.expiresAt !== null && session.expiresAt <= nowSeconds) return 'EXPIRED';
  if (session.memberships.length > 0 && workingMemberships(standing, session.actingAs).length === 0)
    return 'MEMBERSHIP_REMOVED';
  return null;
}
