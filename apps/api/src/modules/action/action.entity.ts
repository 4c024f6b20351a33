import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ActionStatus, DataCategory } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';
import { CaseEntity } from '../case/case.entity';
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { UserEntity } from '../user/user.entity';

/** Something agreed: owner, deadline, status, and the case and agenda item it came from. */
@Entity('case_action')
@Index(['ownerUserId', 'status', 'dueDate'])
@Index(['caseId', 'status'])
@Check('action_status_check', `status IN (${sqlValueList(ActionStatus)})`)
@Check('action_category_check', `category IN (${sqlValueList(DataCategory)})`)
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  caseFile?: CaseEntity;

  @Column('uuid', { name: 'agenda_item_id', nullable: true })
  agendaItemId!: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity;

  @Column('text')
  title!: string;

  /** The data category of the title: the action is shown only to who may see it. */
  @Column('text', { default: DataCategory.CLASSIFICATION })
  category!: DataCategory;

  @Column('uuid', { name: 'owner_user_id' })
  ownerUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_user_id' })
  owner?: UserEntity;

  @Column('date', { name: 'due_date' })
  dueDate!: string;

  @Column('text', { default: ActionStatus.OPEN })
  status!: ActionStatus;

  @Column('text', { name: 'completion_note', nullable: true })
  completionNote!: string | null;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
