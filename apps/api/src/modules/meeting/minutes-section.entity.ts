import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { DataCategory } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';
import { AgendaItemEntity } from './agenda-item.entity';

/** A section of an agenda item's minutes; its category decides who may read it. */
@Entity('minutes_section')
@Index(['agendaItemId'])
@Check('minutes_category_check', `category IN (${sqlValueList(DataCategory)})`)
export class MinutesSectionEntity {
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

  /** After the meeting closed, corrections are new sections pointing at the one they correct. */
  @Column('uuid', { name: 'corrects_section_id', nullable: true })
  correctsSectionId!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;

  /** Optimistic concurrency: an edit names the version it read; a stale one is a CONFLICT. */
  @VersionColumn()
  version!: number;
}
