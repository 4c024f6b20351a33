import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MeetingKind, MeetingStatus } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { UserEntity } from '../user/user.entity';

@Entity('meeting')
@Index(['organisationId', 'startsAt'])
@Index(['seriesId'])
@Check('meeting_kind_check', `kind IN (${sqlValueList(MeetingKind)})`)
@Check('meeting_status_check', `status IN (${sqlValueList(MeetingStatus)})`)
@Check('meeting_duration_check', `duration_minutes BETWEEN 5 AND 600`)
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  /** The hosting school. */
  @Column('uuid', { name: 'organisation_id' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** Meetings planned together as a series share this id (the first meeting's id). */
  @Column('uuid', { name: 'series_id', nullable: true })
  seriesId!: string | null;

  @Column('smallint', { name: 'series_every_weeks', nullable: true })
  seriesEveryWeeks!: number | null;

  @Column('text')
  kind!: MeetingKind;

  @Column('text')
  title!: string;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Column('smallint', { name: 'duration_minutes' })
  durationMinutes!: number;

  @Column('text', { nullable: true })
  location!: string | null;

  @Column('text', { name: 'online_url', nullable: true })
  onlineUrl!: string | null;

  @Column('text', { default: MeetingStatus.PLANNED })
  status!: MeetingStatus;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  /** The agenda item the chair has the meeting on now (live meeting). */
  @Column('uuid', { name: 'current_agenda_item_id', nullable: true })
  currentAgendaItemId!: string | null;

  /** iCalendar SEQUENCE: raised each time the meeting moves, so calendars replace the invitation. */
  @Column('int', { name: 'ics_sequence', default: 0 })
  icsSequence!: number;

  @Column('uuid', { name: 'chair_user_id' })
  chairUserId!: string;

  @ManyToMany(() => UserEntity)
  @JoinTable({
    name: 'meeting_participant',
    joinColumn: { name: 'meeting_id' },
    inverseJoinColumn: { name: 'user_id' },
  })
  participants?: UserEntity[];

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
