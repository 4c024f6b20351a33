import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AbsenceReason } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';

/**
 * One registration from a school's registration system: one per pupil, day and slot, as the source has it
 * (an import replaces a changed registration and removes one no longer exported).
 */
@Entity('absence_record')
@Index('absence_record_natural_key', ['schoolId', 'pupilId', 'date', 'slot'], { unique: true })
@Index(['pupilId', 'date'])
@Check('absence_reason_check', `reason IN (${sqlValueList(AbsenceReason)})`)
@Check('absence_minutes_check', `minutes BETWEEN 0 AND 1440`)
export class AbsenceRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @Column('uuid', { name: 'school_id' })
  schoolId!: string;

  @Column('uuid', { name: 'pupil_id' })
  pupilId!: string;

  @Column('date')
  date!: string;

  /** `L3` for lesson hour 3, `08:30` for a start time, `DAY` otherwise: part of the natural key. */
  @Column('text')
  slot!: string;

  @Column('text', { name: 'start_time', nullable: true })
  startTime!: string | null;

  @Column('text', { name: 'end_time', nullable: true })
  endTime!: string | null;

  @Column('int')
  minutes!: number;

  @Column('smallint', { name: 'lesson_hour', nullable: true })
  lessonHour!: number | null;

  @Column('boolean')
  authorised!: boolean;

  @Column('text')
  reason!: AbsenceReason;

  @Column('uuid', { name: 'imported_by' })
  importedBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'imported_at' })
  importedAt!: Date;
}
