import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from '@aanwezig/domain';
import type { Actor } from '@aanwezig/authz';
import { APP_CONFIG } from '../config/config.module';
import { durationSeconds, type AppConfig } from '../config/config';
import { preparedQuery } from '../database/prepared';
import type { ActingAs } from './acting-as';
import { actorOf, MEMBERSHIP_COLUMNS, MEMBERSHIP_JOINS, type MembershipRow } from './actor.loader';
import type { SessionEndCause, SignInMethod } from './auth-session.entity';
import type { ClientInfo } from './request-context';

/** A session as a request sees it. */
export interface SessionRecord {
  id: string;
  userId: string;
  actingAs: ActingAs | null;
  csrfToken: string;
  /** The absolute end (seconds since the epoch). */
  expiresAt: number;
}

export interface OpenedSession {
  /** Given to the client once; only its hash is kept. */
  token: string;
  session: SessionRecord;
}

export interface SessionOptions {
  method: SignInMethod;
  issuer?: string | null;
  actingAs?: ActingAs | null;
  client?: ClientInfo;
  /** Ends no later than this (seconds since the epoch): a session made from another keeps its end. */
  endsBy?: number;
}

/** How a session stands now, for the socket check: still going (with the memberships it works through), or why not. */
export type SessionStanding =
  { live: true; memberships: string[] } | { live: false; why: 'EXPIRED' | 'SIGNED_OUT' | 'DEACTIVATED' };

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
/** 256 random bits, URL-safe: a token cannot be guessed, and fits a header, a cookie and a socket handshake. */
const newSecret = () => randomBytes(32).toString('base64url');
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Sessions are rows (auth_session), so the server can end them: every request and every socket is
 * checked against its row, which sign-out and deactivation end for every instance at once. A session
 * ends by itself after SESSION_IDLE_TIMEOUT without a request, and TOKEN_TTL after sign-in however
 * active it is.
 */
@Injectable()
export class SessionService {
  private readonly maxAgeSeconds: number;
  private readonly idleSeconds: number;
  /** How stale last_seen_at may be before a request writes it again: a write per request would cost more than the read. */
  private readonly touchSeconds: number;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxAgeSeconds = durationSeconds(config.tokenTtl);
    this.idleSeconds = durationSeconds(config.sessionIdleTimeout ?? '30m');
    this.touchSeconds = Math.max(1, Math.min(60, Math.floor(this.idleSeconds / 10)));
  }

  /** Opens a session for an active user; the caller has checked who they are. */
  async open(
    userId: string,
    options: SessionOptions,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OpenedSession> {
    const token = newSecret();
    const csrfToken = newSecret();
    const actingAs = options.actingAs ?? null;
    const [row]: { id: string; expires_at: number }[] = await manager.query(
      `INSERT INTO auth_session (user_id, token_hash, csrf_token, acting_organisation_id, acting_role, method, issuer, expires_at, address, user_agent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, least(now() + make_interval(secs => $8), to_timestamp($11)), $9, $10)
       RETURNING id, extract(epoch FROM expires_at)::float8 AS expires_at`,
      [
        userId,
        hashOf(token),
        csrfToken,
        actingAs?.organisationId ?? null,
        actingAs?.role ?? null,
        options.method,
        options.issuer ?? null,
        this.maxAgeSeconds,
        options.client?.address ?? null,
        options.client?.userAgent ?? null,
        options.endsBy ?? 'infinity',
      ],
    );
    return { token, session: { id: row.id, userId, actingAs, csrfToken, expiresAt: row.expires_at } };
  }

  /**
   * The live session a token belongs to and its actor, or null: unknown, ended, idle too long, past its
   * absolute end, an inactive account, or a membership it works as that is gone. One query (every
   * request runs it); the last-seen time is written only when it is stale.
   */
  async resolve(token: string): Promise<{ session: SessionRecord; actor: Actor } | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const rows = await preparedQuery<
      MembershipRow & {
        session_id: string;
        user_id: string;
        csrf_token: string;
        acting_organisation_id: string | null;
        acting_role: Role | null;
        expires_at: number;
        stale: boolean;
      }
    >(
      this.dataSource.manager,
      `SELECT s.id AS session_id, s.user_id, s.csrf_token, s.acting_organisation_id, s.acting_role,
              extract(epoch FROM s.expires_at)::float8 AS expires_at,
              s.last_seen_at < now() - make_interval(secs => $3) AS stale, ${MEMBERSHIP_COLUMNS}
         FROM auth_session s JOIN app_user u ON u.id = s.user_id AND u.active ${MEMBERSHIP_JOINS}
        WHERE s.token_hash = $1 AND s.ended_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(secs => $2)`,
      [hashOf(token), this.idleSeconds, this.touchSeconds],
    );
    if (rows.length === 0) return null;
    const [first] = rows;
    const actingAs =
      first.acting_organisation_id && first.acting_role
        ? { organisationId: first.acting_organisation_id, role: first.acting_role }
        : null;
    const actor = actorOf(first.user_id, rows, actingAs);
    if (!actor) return null;
    if (first.stale)
      await this.dataSource.query(`UPDATE auth_session SET last_seen_at = now() WHERE id = $1`, [first.session_id]);
    return {
      session: {
        id: first.session_id,
        userId: first.user_id,
        actingAs,
        csrfToken: first.csrf_token,
        expiresAt: first.expires_at,
      },
      actor,
    };
  }

  /** Ends one session (sign-out). True if it was still going. */
  async end(sessionId: string, cause: SessionEndCause, manager: EntityManager = this.dataSource.manager) {
    const ended: unknown[] = await manager.query(
      `WITH ended AS (UPDATE auth_session SET ended_at = now(), end_cause = $2 WHERE id = $1 AND ended_at IS NULL RETURNING id)
       SELECT id FROM ended`,
      [sessionId, cause],
    );
    return ended.length > 0;
  }

  /** Ends the session of a token, if it is still going: a browser's previous session when it signs in again. */
  async endToken(token: string | null, cause: SessionEndCause, manager: EntityManager = this.dataSource.manager) {
    if (!token || !TOKEN_PATTERN.test(token)) return;
    await manager.query(
      `UPDATE auth_session SET ended_at = now(), end_cause = $2 WHERE token_hash = $1 AND ended_at IS NULL`,
      [hashOf(token), cause],
    );
  }

  /** Ends every session of a user (deactivation), in the caller's transaction. */
  async endAllOf(userId: string, cause: SessionEndCause, manager: EntityManager = this.dataSource.manager) {
    await manager.query(
      `UPDATE auth_session SET ended_at = now(), end_cause = $2 WHERE user_id = $1 AND ended_at IS NULL`,
      [userId, cause],
    );
  }

  /** The session works as one membership from now on (or, with null, as all of them). */
  async actAs(sessionId: string, actingAs: ActingAs | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE auth_session SET acting_organisation_id = $2, acting_role = $3 WHERE id = $1 AND ended_at IS NULL`,
      [sessionId, actingAs?.organisationId ?? null, actingAs?.role ?? null],
    );
  }

  /**
   * How each session stands now, in one query for all the sockets of an instance: the memberships of a
   * live session's user ("organisationId:role"), or why it is over.
   */
  async standing(sessionIds: readonly string[]): Promise<Map<string, SessionStanding>> {
    const rows: {
      id: string;
      ended: boolean;
      end_cause: SessionEndCause | null;
      expired: boolean;
      active: boolean;
      memberships: string[];
    }[] = await this.dataSource.query(
      `SELECT s.id, s.ended_at IS NOT NULL AS ended, s.end_cause,
              (s.expires_at <= now() OR s.last_seen_at <= now() - make_interval(secs => $2)) AS expired,
              coalesce(u.active, false) AS active,
              coalesce(array_agg(m.organisation_id::text || ':' || m.role) FILTER (WHERE m.organisation_id IS NOT NULL), '{}') AS memberships
         FROM auth_session s LEFT JOIN app_user u ON u.id = s.user_id LEFT JOIN membership m ON m.user_id = u.id
        WHERE s.id = ANY($1::uuid[])
        GROUP BY s.id, u.active`,
      [sessionIds, this.idleSeconds],
    );
    const standing = new Map<string, SessionStanding>();
    for (const row of rows) {
      if (!row.active || row.end_cause === 'DEACTIVATED') standing.set(row.id, { live: false, why: 'DEACTIVATED' });
      else if (row.ended) standing.set(row.id, { live: false, why: 'SIGNED_OUT' });
      else if (row.expired) standing.set(row.id, { live: false, why: 'EXPIRED' });
      else standing.set(row.id, { live: true, memberships: row.memberships });
    }
    for (const id of sessionIds) if (!standing.has(id)) standing.set(id, { live: false, why: 'SIGNED_OUT' });
    return standing;
  }
}
