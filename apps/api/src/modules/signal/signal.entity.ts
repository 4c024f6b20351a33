import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { SignalKind, SignalRoute } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';

export const SignalStatus = {
  NEW: 'NEW',
  ACKNOWLEDGED: 'ACKNOWLEDGED',
  CASE_OPENED: 'CASE_OPENED',
  ON_AGENDA: 'ON_AGENDA',
} as const;
export type SignalStatus = (typeof SignalStatus)[keyof typeof SignalStatus];

/**
 * A protocol rule that fired for a pupil, or a mentor's worry flag: one per pupil, rule and window, however
 * often it is evaluated. Never deleted: a signal whose registrations were corrected away is withdrawn.
 */
@Entity('signal')
@Index(['pupilId', 'ruleKey', 'windowStart'], { unique: true })
@Index(['schoolId', 'status'])
@Check('signal_rule_check', `rule_key IN (${sqlValueList(SignalKind)})`)
@Check('signal_route_check', `route IN (${sqlValueList(SignalRoute)})`)
@Check('signal_status_check', `status IN (${sqlValueList(SignalStatus)})`)
export class SignalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @Column('uuid', { name: 'school_id' })
  schoolId!: string;

  @Column('uuid', { name: 'pupil_id' })
  pupilId!: string;

  @Column('text', { name: 'rule_key' })
  ruleKey!: SignalKind;

  @Column('date', { name: 'window_start' })
  windowStart!: string;

  @Column('numeric', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  value!: number;

  @Column('text')
  route!: SignalRoute;

  @Column('text', { default: SignalStatus.NEW })
  status!: SignalStatus;

  @CreateDateColumn({ type: 'timestamptz', name: 'raised_at' })
  raisedAt!: Date;

  /** The school day the threshold was crossed, whenever the registrations arrived (raisedAt is when we knew). */
  @Column('date', { name: 'crossed_on' })
  crossedOn!: string;

  /** LEGAL_REPORT: the last day the school may report to DUO (five school days after crossing). */
  @Column('date', { name: 'report_due', nullable: true })
  reportDue!: string | null;

  /** The registrations it rested on were corrected away; the signal stays, marked. */
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;

  @Column('text', { name: 'withdrawn_reason', nullable: true })
  withdrawnReason!: string | null;

  /** LEGAL_REPORT: the school reported it to DUO (verzuimregister) on this day, under this reference. */
  @Column('date', { name: 'reported_on', nullable: true })
  reportedOn!: string | null;

  @Column('text', { name: 'duo_reference', nullable: true })
  duoReference!: string | null;

  @Column('uuid', { name: 'reported_by', nullable: true })
  reportedBy!: string | null;

  @Column('timestamptz', { name: 'reported_at', nullable: true })
  reportedAt!: Date | null;

  /** LEGAL_REPORT not reported by its deadline: the school's coordinator and leader were told, once. */
  @Column('timestamptz', { name: 'escalated_at', nullable: true })
  escalatedAt!: Date | null;

  @Column('uuid', { name: 'acknowledged_by', nullable: true })
  acknowledgedBy!: string | null;

  @Column('timestamptz', { name: 'acknowledged_at', nullable: true })
  acknowledgedAt!: Date | null;

  /** The case the signal was turned into or added to. */
  @Column('uuid', { name: 'case_id', nullable: true })
  caseId!: string | null;

  /** The meeting whose agenda it was put on. */
  @Column('uuid', { name: 'meeting_id', nullable: true })
  meetingId!: string | null;

  /**
   * Who raised it: the one who imported the registrations, or the mentor who set the worry flag; null when
   * the nightly run raised it (the school's attendance coordinators then hear back).
   */
  @Column('uuid', { name: 'raised_by', nullable: true })
  raisedBy!: string | null;
}

/** The days the nightly evaluation has run: at most once a day, whatever the number of instances. */
@Entity('signal_run')
export class SignalRunEntity {
  @PrimaryColumn('date')
  day!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'ran_at' })
  ranAt!: Date;
}
