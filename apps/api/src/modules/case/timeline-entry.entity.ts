import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DataCategory } from '@aanwezig/domain';
import type { MessageParams } from '@aanwezig/messages';
import { sqlValueList } from '../../core/database/sql';
import { UserEntity } from '../user/user.entity';
import { CaseEntity } from './case.entity';

/** What can appear on a case's chronology. */
export const TimelineKind = {
  CASE_CREATED: 'CASE_CREATED',
  CASE_UPDATED: 'CASE_UPDATED',
  WORRY_FLAG_SET: 'WORRY_FLAG_SET',
  WORRY_FLAG_CLEARED: 'WORRY_FLAG_CLEARED',
  ORGANISATION_INVOLVED: 'ORGANISATION_INVOLVED',
  ON_AGENDA: 'ON_AGENDA',
  MINUTES_RECORDED: 'MINUTES_RECORDED',
  DECISION: 'DECISION',
  ACTION_CREATED: 'ACTION_CREATED',
  ACTION_DONE: 'ACTION_DONE',
  ACTION_REASSIGNED: 'ACTION_REASSIGNED',
  ACTION_RESCHEDULED: 'ACTION_RESCHEDULED',
  CASE_CLOSED: 'CASE_CLOSED',
  CONSENT_RECORDED: 'CONSENT_RECORDED',
  CONSENT_WITHDRAWN: 'CONSENT_WITHDRAWN',
  ADVICE_WRITTEN: 'ADVICE_WRITTEN',
  LETTER_SENT: 'LETTER_SENT',
} as const;
export type TimelineKind = (typeof TimelineKind)[keyof typeof TimelineKind];

/** Append-only: written in the same transaction as the change it records. */
@Entity('timeline_entry')
@Index(['caseId', 'at'])
@Check('timeline_kind_check', `kind IN (${sqlValueList(TimelineKind)})`)
@Check('timeline_category_check', `category IN (${sqlValueList(DataCategory)})`)
export class TimelineEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  caseFile?: CaseEntity;

  @Column('text')
  kind!: TimelineKind;

  /** The data category of the entry's content, so it is shown only to who may see that category. */
  @Column('text')
  category!: DataCategory;

  /**
   * What the entry says, as the parameters of its kind's text (`timeline.<KIND>` in @aanwezig/messages,
   * `context` picking a variant): the reader's screen puts them into words.
   */
  @Column('jsonb', { default: () => "'{}'" })
  params!: MessageParams;

  @Column('uuid', { name: 'actor_user_id' })
  actorUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id' })
  actor?: UserEntity;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;

  @Column('uuid', { name: 'meeting_id', nullable: true })
  meetingId!: string | null;
}
