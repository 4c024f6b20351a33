import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from '../case/case.entity';
import { MeetingEntity } from './meeting.entity';

/** A case (or a general topic) on a meeting's agenda. */
@Entity('agenda_item')
@Index(['meetingId', 'caseId'], { unique: true, where: 'case_id IS NOT NULL' })
@Index(['caseId'])
@Check('agenda_item_subject_check', `(case_id IS NOT NULL) <> (topic IS NOT NULL)`)
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column('uuid', { name: 'case_id', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  caseFile?: CaseEntity;

  /** A general topic, for items that are not about one pupil. */
  @Column('text', { nullable: true })
  topic!: string | null;

  @Column('int')
  position!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
