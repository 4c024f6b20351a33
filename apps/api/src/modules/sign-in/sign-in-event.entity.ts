import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What came of a sign-in attempt. */
export type SignInOutcome = 'SIGNED_IN' | 'REFUSED' | 'FAILED';

/**
 * Every sign-in attempt, for the privacy officer and the administrator: who (as far as known), when,
 * from where, through which provider, and what came of it. Tokens and claims are never kept.
 */
@Entity('sign_in_event')
@Index(['organisationId', 'at'])
@Index(['regionId', 'at'])
@Check('sign_in_event_outcome_check', `outcome IN ('SIGNED_IN', 'REFUSED', 'FAILED')`)
export class SignInEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column('uuid', { name: 'region_id', nullable: true })
  regionId!: string | null;

  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId!: string | null;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  /** The address typed or given by the provider (lower-case). */
  @Column('text', { nullable: true })
  email!: string | null;

  /** DEV (demo), OIDC. */
  @Column('text')
  method!: string;

  @Column('text', { nullable: true })
  issuer!: string | null;

  @Column('text')
  outcome!: SignInOutcome;

  /** Why it was refused or failed: a message key under `signIn.reason.*` (not-invited, mfa-required, ...). */
  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('text', { nullable: true })
  address!: string | null;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent!: string | null;
}
