import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConsentMethod, DataCategory } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';
import { PupilEntity } from '../pupil/pupil.entity';

/**
 * A consent is a record of its own: who gave it, who recorded it, how, for which categories, to which
 * organisations, for what purpose and how long. Withdrawal stamps it; it is never deleted.
 */
@Entity('consent')
@Index(['pupilId'])
@Check('consent_method_check', `method IN (${sqlValueList(ConsentMethod)})`)
@Check(
  'consent_categories_check',
  `cardinality(categories) > 0 AND categories <@ ARRAY[${sqlValueList(DataCategory)}]::text[]`,
)
@Check('consent_recipients_check', `cardinality(organisation_ids) > 0`)
@Check('consent_period_check', `valid_until IS NULL OR valid_until >= valid_from`)
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @Column('uuid', { name: 'pupil_id' })
  pupilId!: string;

  @ManyToOne(() => PupilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pupil_id' })
  pupil?: PupilEntity;

  @Column('boolean', { name: 'given_by_pupil' })
  givenByPupil!: boolean;

  /** The parents with parental authority who gave it. */
  @Column('uuid', { name: 'guardian_ids', array: true })
  guardianIds!: string[];

  @Column('uuid', { name: 'recorded_by' })
  recordedBy!: string;

  @Column('text')
  method!: ConsentMethod;

  @Column('text', { array: true })
  categories!: DataCategory[];

  /** Recipient organisations. */
  @Column('uuid', { name: 'organisation_ids', array: true })
  organisationIds!: string[];

  @Column('text')
  purpose!: string;

  @Column('date', { name: 'valid_from' })
  validFrom!: string;

  @Column('date', { name: 'valid_until', nullable: true })
  validUntil!: string | null;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column('uuid', { name: 'withdrawn_by', nullable: true })
  withdrawnBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
