import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { UserEntity } from './user.entity';

/** A role held by a user in an organisation. A user can hold several. */
@Entity('membership')
@Index(['userId', 'organisationId', 'role'], { unique: true })
@Check('membership_role_check', `role IN (${sqlValueList(Role)})`)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @ManyToOne(() => UserEntity, (u) => u.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column('text')
  role!: Role;
}
