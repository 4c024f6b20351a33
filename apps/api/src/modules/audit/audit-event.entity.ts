import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { sqlValueList } from '../../core/database/sql';

export const AuditAction = { READ: 'READ', CREATE: 'CREATE', UPDATE: 'UPDATE', AUDIT_READ: 'AUDIT_READ', EXPORT: 'EXPORT' } as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

/**
 * Who saw or changed which pupil's data, when, as which role, for which organisation, from where
 * (NEN 7513 style). Append-only: the database refuses UPDATE and DELETE on this table.
 */
@Entity('audit_event')
@Index(['pupilId', 'at'])
@Check('audit_action_check', `action IN (${sqlValueList(AuditAction)})`)
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @Column('uuid', { name: 'pupil_id' })
  pupilId!: string;

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

  /** What was read or changed, e.g. `Case:<id>`. */
  @Column('text')
  subject!: string;

  @Column('jsonb', { nullable: true })
  before!: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after!: Record<string, unknown> | null;

  @Column('text', { name: 'client_address', nullable: true })
  clientAddress!: string | null;

  @Column('text', { name: 'user_agent', nullable: true })
  userAgent!: string | null;
}
