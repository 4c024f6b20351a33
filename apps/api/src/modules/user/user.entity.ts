import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { RegionEntity } from '../organisation/region.entity';
import { MembershipEntity } from './membership.entity';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  /** Stored lower-case; unique across the deployment. */
  @Column('text', { unique: true })
  email!: string;

  @Column('text')
  name!: string;

  @Column('boolean', { default: true })
  active!: boolean;

  @OneToMany(() => MembershipEntity, (m) => m.user)
  memberships?: MembershipEntity[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
