import type { ReminderSettings } from '@aanwezig/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationKind, SchoolSector } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';
import { RegionEntity } from './region.entity';

@Entity('organisation')
@Index(['regionId', 'name'], { unique: true })
@Check('organisation_kind_check', `kind IN (${sqlValueList(OrganisationKind)})`)
@Check('organisation_sector_check', `sector IS NULL OR sector IN (${sqlValueList(SchoolSector)})`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: OrganisationKind;

  /** Only for schools. */
  @Column('text', { nullable: true })
  sector!: SchoolSector | null;

  /** Reminder and escalation settings for actions on this school's cases; null means the defaults. */
  @Column('jsonb', { name: 'reminder_settings', nullable: true })
  reminderSettings!: Partial<ReminderSettings> | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
