import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A census (peildatum): the frozen state of the region's cases and school populations on one date.
 * MSA reports are built from censuses only, so an old report never changes when cases change later;
 * the database refuses changes to a census once taken (trigger, see the migration).
 */
@Entity('census')
@Unique('census_region_date', ['regionId', 'censusDate'])
export class CensusEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @Column('date', { name: 'census_date' })
  censusDate!: string;

  /** Counted apart, from the municipality: exemptions from enrolment (art. 5 sub a). */
  @Column('int', { name: 'exemptions_5a', nullable: true })
  exemptions5a!: number | null;

  /** Counted apart, from the municipality: children of compulsory school age not enrolled anywhere. */
  @Column('int', { name: 'absolute_absence', nullable: true })
  absoluteAbsence!: number | null;

  @Column('uuid', { name: 'taken_by' })
  takenBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'taken_at' })
  takenAt!: Date;
}

/** A school's population on the census date, and its name then. */
@Entity('census_school')
export class CensusSchoolEntity {
  @PrimaryColumn('uuid', { name: 'census_id' })
  censusId!: string;

  @PrimaryColumn('uuid', { name: 'school_id' })
  schoolId!: string;

  @Column('text', { name: 'school_name' })
  schoolName!: string;

  @Column('int')
  population!: number;
}

/**
 * One case as it stood on the census date: ACTIVE (open or monitoring then) or CLOSED (closed since the
 * census before, with its outcome). No foreign keys: retention may remove the case, the count stays.
 */
@Entity('census_case')
@Index(['censusId', 'schoolId'])
@Check('census_case_phase_check', `phase IN ('ACTIVE', 'CLOSED')`)
export class CensusCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'census_id' })
  censusId!: string;

  @Column('uuid', { name: 'school_id' })
  schoolId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text')
  phase!: 'ACTIVE' | 'CLOSED';

  @Column('text', { nullable: true })
  category!: string | null;

  @Column('text', { nullable: true })
  typology!: string | null;

  @Column('text')
  status!: string;

  @Column('text', { nullable: true })
  outcome!: string | null;
}
