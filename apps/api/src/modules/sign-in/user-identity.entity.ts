import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';

/**
 * The provider's stable subject (iss + sub) of a person, linked to their Aanwezig account at their first
 * sign-in through it. Later sign-ins match on this, never on the e-mail address (which can change, or be
 * given to someone else).
 */
@Entity('user_identity')
@Index(['userId'])
export class UserIdentityEntity {
  @PrimaryColumn('text')
  issuer!: string;

  @PrimaryColumn('text')
  subject!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The organisation whose provider it is (the link is ended with the organisation's membership). */
  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'linked_at' })
  linkedAt!: Date;

  @Column('timestamptz', { name: 'last_sign_in_at', nullable: true })
  lastSignInAt!: Date | null;
}
