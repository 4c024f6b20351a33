import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { sqlValueList } from '../../core/database/sql';

export const NotificationKind = {
  /** Terugkoppeling: what happened to a signal you raised or imported. */
  SIGNAL_FEEDBACK: 'SIGNAL_FEEDBACK',
  /** An action you own is due in a few days (the organisation's reminderDaysBefore). */
  ACTION_DUE_SOON: 'ACTION_DUE_SOON',
  ACTION_DUE_TODAY: 'ACTION_DUE_TODAY',
  ACTION_OVERDUE: 'ACTION_OVERDUE',
  /** Controle op openstaande acties: to the case's coordinators, escalateAfterDays after the due date. */
  ACTION_ESCALATED: 'ACTION_ESCALATED',
  WEEKLY_DIGEST: 'WEEKLY_DIGEST',
  /** Carries the meeting's iCalendar invitation in its e-mail. */
  MEETING_INVITATION: 'MEETING_INVITATION',
  MEETING_MOVED: 'MEETING_MOVED',
  /** The team took a decision on a case you signalled (the decision itself is read on the case). */
  TEAM_DECISION: 'TEAM_DECISION',
  /** A signal routed to you was withdrawn: the school corrected the registrations it rested on. */
  SIGNAL_WITHDRAWN: 'SIGNAL_WITHDRAWN',
  /** A withdrawn signal holds again (the correction was undone). */
  SIGNAL_REINSTATED: 'SIGNAL_REINSTATED',
  /** A legal report (meldplicht) was not reported to DUO by its deadline: to the school's coordinator and leader. */
  LEGAL_REPORT_OVERDUE: 'LEGAL_REPORT_OVERDUE',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

/**
 * A message for one person in the app. It stores its kind and references only: its title and body are
 * the kind's fixed sentence in the message catalogue (notificationText), said when it is read: no
 * pupil, no figure, no decision, minutes or action text. The references lead to the record, which the app then shows through the field mask.
 * `dedupeKey` makes sending idempotent.
 */
@Entity('notification')
@Index(['recipientUserId', 'createdAt'])
@Index('notification_mail_pending', ['createdAt'], { where: 'emailed_at IS NULL' })
@Index('notification_dedupe', ['dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
@Check('notification_kind_check', `kind IN (${sqlValueList(NotificationKind)})`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'recipient_user_id' })
  recipientUserId!: string;

  @Column('text')
  kind!: NotificationKind;

  @Column('uuid', { name: 'case_id', nullable: true })
  caseId!: string | null;

  @Column('uuid', { name: 'signal_id', nullable: true })
  signalId!: string | null;

  @Column('uuid', { name: 'action_id', nullable: true })
  actionId!: string | null;

  @Column('uuid', { name: 'meeting_id', nullable: true })
  meetingId!: string | null;

  /** When its e-mail went out (or into the outbox folder); null while it waits for the mail dispatcher. */
  @Column('timestamptz', { name: 'emailed_at', nullable: true })
  emailedAt!: Date | null;

  @Column('text', { name: 'dedupe_key', nullable: true })
  dedupeKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;
}
