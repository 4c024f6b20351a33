import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Outcome } from './replay';

/**
 * A mutation sent with an `Idempotency-Key` header: claimed before it runs, by whom and as which
 * membership; after it ran, the ids of what it produced. Never its answer: a retry with the same key is
 * answered by reading those ids again through the resolvers and the field mask (docs/privacy.md,
 * "Retries"). Kept for a day.
 */
@Entity('idempotent_request')
@Index(['userId', 'createdAt'])
export class IdempotentRequestEntity {
  /** One key, one request, one sender: the same key from anyone else is refused. */
  @PrimaryColumn('text')
  key!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  /** The membership the sender's token works as (actAs); both null for all of their memberships. */
  @Column('uuid', { name: 'acting_organisation_id', nullable: true })
  actingOrganisationId!: string | null;

  @Column('text', { name: 'acting_role', nullable: true })
  actingRole!: string | null;

  /** Hash of the operation and its variables: one key is for one request. */
  @Column('text', { name: 'request_hash' })
  requestHash!: string;

  /**
   * Per root field of the mutation, the type and ids of what it returned (or a count, a yes/no); null
   * while the first request is still running.
   */
  @Column('jsonb', { nullable: true })
  outcome!: Outcome | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
