import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** How a session was opened: dev login (demo and tests), the organisation's OpenID Provider, a one-time link. */
export type SignInMethod = 'DEV' | 'OIDC' | 'LINK';
/** Why a session ended. */
export type SessionEndCause = 'SIGNED_OUT' | 'DEACTIVATED' | 'REPLACED';

/**
 * A signed-in session. The client holds a random token (the web client in an HttpOnly cookie, API
 * clients as a bearer token); the server keeps only its hash, so a copy of this table signs nobody in.
 * Because every request is checked against this row, ending it (sign-out, deactivation) ends the session
 * on every instance at once, and its sockets within SESSION_CHECK_MS.
 */
@Entity('auth_session')
@Index(['userId'], { where: '"ended_at" IS NULL' })
@Check('auth_session_method_check', `method IN ('DEV', 'OIDC', 'LINK')`)
@Check('auth_session_end_cause_check', `end_cause IN ('SIGNED_OUT', 'DEACTIVATED', 'REPLACED')`)
export class AuthSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** No foreign key: core sits below the user module; accounts are deactivated, never deleted. */
  @Column('uuid', { name: 'user_id' })
  userId!: string;

  /** sha256 of the token, hex. */
  @Column('text', { name: 'token_hash', unique: true })
  tokenHash!: string;

  /** Sent back by the web client in X-CSRF-Token with every cookie-authenticated write. */
  @Column('text', { name: 'csrf_token' })
  csrfToken!: string;

  /** The one membership this session works as (actAs); both null for all of the user's memberships. */
  @Column('uuid', { name: 'acting_organisation_id', nullable: true })
  actingOrganisationId!: string | null;

  @Column('text', { name: 'acting_role', nullable: true })
  actingRole!: string | null;

  @Column('text')
  method!: SignInMethod;

  /** The OpenID Provider that signed the person in (OIDC sessions). */
  @Column('text', { nullable: true })
  issuer!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** The last request, to the minute or so (written at most every few seconds per session). */
  @Column('timestamptz', { name: 'last_seen_at', default: () => 'now()' })
  lastSeenAt!: Date;

  /** The absolute end, however active the session is (TOKEN_TTL after sign-in). */
  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('timestamptz', { name: 'ended_at', nullable: true })
  endedAt!: Date | null;

  @Column('text', { name: 'end_cause', nullable: true })
  endCause!: SessionEndCause | null;

  @Column('text', { nullable: true })
  address!: string | null;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent!: string | null;
}
