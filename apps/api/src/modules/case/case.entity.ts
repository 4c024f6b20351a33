import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CaseCategory, CaseOutcome, CaseStatus, Typology } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PupilEntity } from '../pupil/pupil.entity';
import { UserEntity } from '../user/user.entity';
import { CaseInvolvementEntity } from './case-involvement.entity';

/** The statuses of a case still running: a pupil has at most one case in them. */
export const OPEN_STATUSES: readonly CaseStatus[] = [CaseStatus.OPEN, CaseStatus.MONITORING];

@Entity('case_file')
@Index(['schoolId', 'status'])
@Index(['pupilId'])
@Check('case_category_check', `category IS NULL OR category IN (${sqlValueList(CaseCategory)})`)
@Check('case_typology_check', `typology IS NULL OR typology IN (${sqlValueList(Typology)})`)
@Check('case_status_check', `status IN (${sqlValueList(CaseStatus)})`)
@Check('case_outcome_check', `outcome IS NULL OR outcome IN (${sqlValueList(CaseOutcome)})`)
@Check('case_tier_check', `tier BETWEEN 1 AND 3`)
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @Column('uuid', { name: 'school_id' })
  schoolId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: OrganisationEntity;

  @Column('uuid', { name: 'pupil_id' })
  pupilId!: string;

  @ManyToOne(() => PupilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pupil_id' })
  pupil?: PupilEntity;

  @Column('text', { nullable: true })
  category!: CaseCategory | null;

  @Column('text', { nullable: true })
  typology!: Typology | null;

  @Column('smallint', { default: 1 })
  tier!: number;

  @Column('text', { default: CaseStatus.OPEN })
  status!: CaseStatus;

  @Column('text', { nullable: true })
  outcome!: CaseOutcome | null;

  /** zorgenvinkje: a teacher's worry, before any threshold is crossed */
  @Column('boolean', { name: 'worry_flag', default: false })
  worryFlag!: boolean;

  @Column('text', { name: 'mentor_notes', nullable: true })
  mentorNotes!: string | null;

  @Column('text', { name: 'home_situation', nullable: true })
  homeSituation!: string | null;

  /** Put on the next meeting's suggested agenda; cleared when a meeting that discussed it closes. */
  @Column('boolean', { name: 'flagged_for_meeting', default: false })
  flaggedForMeeting!: boolean;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  /** The person responsible for the case (a coordinator of its school); null: the one who opened it. */
  @Column('uuid', { name: 'owner_id', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @OneToMany(() => CaseInvolvementEntity, (i) => i.caseFile)
  involvements?: CaseInvolvementEntity[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @VersionColumn()
  version!: number;
}
