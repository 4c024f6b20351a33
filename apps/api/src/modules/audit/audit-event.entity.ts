import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { sqlValueList } from '../../core/database/sql';

export const AuditAction = {
  READ: 'READ',
  CREATE: 'CREATE',
  UPDATE: 'UPDATE',
  AUDIT_READ: 'AUDIT_READ',
  EXPORT: 'EXPORT',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

/**
 * Who saw or changed pupils' data, when, as which role, for which organisation, from where (NEN 7513
 * style). One event covers every pupil read or changed alike in one request (a page of 50 cases the
 * reader sees the same categories of is one event); `audit_event_pupil` names them. Append-only: the
 * database refuses UPDATE and DELETE on both tables. A pupil's trail is the view `audit_trail` (one row
 * per event and pupil; migration AuditEventPerRequest), read as plain rows.
 */
@Entity('audit_event')
@Check('audit_action_check', `action IN (${sqlValueList(AuditAction)})`)
@Index('audit_event_view', ['viewId'], { where: '"view_id" IS NOT NULL' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @Column('uuid', { name: 'actor_user_id' })
  actorUserId!: string;

  /** The roles the actor held toward this pupil's case at the time. */
  @Column('text', { name: 'actor_roles', array: true })
  actorRoles!: string[];

  /** The organisations on whose behalf the actor acted. */
  @Column('uuid', { name: 'on_behalf_of', array: true })
  onBehalfOf!: string[];

  @Column('text')
  action!: AuditAction;

  /** The data categories that were shown (reads) or changed (writes). */
  @Column('text', { array: true })
  categories!: string[];

  /** The fields read or changed, by name; never their contents (migration AuditWithoutContents). */
  @Column('text', { array: true, default: () => "'{}'" })
  fields!: string[];

  @Column('text', { name: 'client_address', nullable: true })
  clientAddress!: string | null;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent!: string | null;

  /**
   * The page view of a read (a uuid the web client makes per page it shows, else one per request): a
   * record read alike again in the same view is not logged again (audit.ts, migration AuditOncePerView).
   */
  @Column('uuid', { name: 'view_id', nullable: true })
  viewId!: string | null;
}

/**
 * Which pupils an event covers, and through which record (`Case:<id>`, ...). The primary key leads
 * with the pupil, so it is also the index of a pupil's trail. No foreign key to the event: both rows
 * are written by one statement into append-only tables, and the key's check per row cost a third of
 * writing a page's log (bench/README.md).
 */
@Entity('audit_event_pupil')
export class AuditEventPupilEntity {
  @PrimaryColumn('uuid', { name: 'pupil_id' })
  pupilId!: string;

  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  /** What was read or changed, e.g. `Case:<id>`. */
  @PrimaryColumn('text')
  subject!: string;
}
