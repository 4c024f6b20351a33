import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A sign-in in progress: sent to the provider, not back yet. Looked up by `state` and deleted on the way
 * back, so a callback is used once; bound to the browser that started it by a cookie whose hash is
 * kept here. Ten minutes to come back.
 */
@Entity('sign_in_attempt')
export class SignInAttemptEntity {
  @PrimaryColumn('text')
  state!: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @Column('text', { name: 'code_verifier' })
  codeVerifier!: string;

  @Column('text')
  nonce!: string;

  /** sha256 of the attempt cookie of the browser that started it. */
  @Column('text', { name: 'browser_hash' })
  browserHash!: string;

  /** The address the person typed, for the log. */
  @Column('text', { nullable: true })
  email!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
