import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A mutation sent with an `Idempotency-Key` header: claimed before it runs, its answer stored after.
 * The same key again (a retry) gets the stored answer instead of a second change. Kept for a day.
 */
@Entity('idempotent_request')
export class IdempotentRequestEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId!: string;

  @PrimaryColumn('text')
  key!: string;

  /** Hash of the operation and its variables: one key is for one request. */
  @Column('text', { name: 'request_hash' })
  requestHash!: string;

  /** The GraphQL answer; null while the first request is still running. */
  @Column('jsonb', { nullable: true })
  response!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
