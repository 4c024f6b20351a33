import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { UserEntity } from '../user/user.entity';
import { CaseEntity } from './case.entity';

/** An organisation (and optionally a named person of it) working on a case. */
@Entity('case_involvement')
@Index(['caseId', 'organisationId', 'userId'], { unique: true, where: 'user_id IS NOT NULL' })
@Index(['caseId', 'organisationId'], { unique: true, where: 'user_id IS NULL' })
// Every read of a case gathers its involvement by case (the partial unique indexes above cannot serve that).
@Index(['caseId'])
@Index(['organisationId'])
@Index(['userId'])
export class CaseInvolvementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, (c) => c.involvements, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseFile?: CaseEntity;

  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('uuid', { name: 'added_by' })
  addedBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'added_at' })
  addedAt!: Date;
}
