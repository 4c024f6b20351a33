import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A school year's calendar: the region's, or a school's own (study days, different holidays). */
@Entity('school_calendar')
@Index('school_calendar_region_year', ['regionId', 'schoolYear'], { unique: true, where: 'school_id IS NULL' })
@Index('school_calendar_school_year', ['schoolId', 'schoolYear'], { unique: true, where: 'school_id IS NOT NULL' })
export class SchoolCalendarEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  /** Null for the region's calendar; a school's own calendar overrides it. */
  @Column('uuid', { name: 'school_id', nullable: true })
  schoolId!: string | null;

  /** e.g. 2026-2027 */
  @Column('text', { name: 'school_year' })
  schoolYear!: string;

  @Column('date', { name: 'first_day' })
  firstDay!: string;

  @Column('date', { name: 'last_day' })
  lastDay!: string;

  @Column('jsonb')
  holidays!: { name: string; from: string; to: string }[];

  @Column('date', { name: 'study_days', array: true, default: '{}' })
  studyDays!: string[];
}
