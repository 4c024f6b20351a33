import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DataCategory } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';
import { AgendaItemEntity } from './agenda-item.entity';

@Entity('decision')
@Index(['agendaItemId'])
@Check('decision_category_check', `category IN (${sqlValueList(DataCategory)})`)
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'agenda_item_id' })
  agendaItemId!: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItemEntity;

  @Column('text')
  category!: DataCategory;

  @Column('text')
  body!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
