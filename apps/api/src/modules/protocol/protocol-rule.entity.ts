import { Check, Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role, RuleKey, SignalRoute } from '@aanwezig/domain';
import { sqlValueList } from '../../core/database/sql';

/** One rule of a region's protocol; starts as DEFAULT_PROTOCOL, changed by the region's administrator. */
@Entity('protocol_rule')
@Index(['regionId', 'key'], { unique: true })
@Check('protocol_rule_key_check', `key IN (${sqlValueList(RuleKey)})`)
@Check('protocol_rule_route_check', `route IN (${sqlValueList(SignalRoute)})`)
@Check('protocol_rule_recipient_check', `recipient IN (${sqlValueList(Role)})`)
export class ProtocolRuleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @Column('text')
  key!: RuleKey;

  @Column('numeric', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  threshold!: number;

  @Column('smallint', { name: 'window_school_weeks', nullable: true })
  windowSchoolWeeks!: number | null;

  @Column('text')
  route!: SignalRoute;

  @Column('text')
  recipient!: Role;

  @Column('boolean')
  enabled!: boolean;

  @Column('boolean', { name: 'awaiting_law' })
  awaitingLaw!: boolean;

  @Column('uuid', { name: 'updated_by', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}

/** Every change to a protocol rule, with before and after: append-only history. */
@Entity('protocol_rule_change')
@Index(['regionId', 'at'])
export class ProtocolRuleChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'region_id' })
  regionId!: string;

  @Column('text')
  key!: string;

  @Column('uuid', { name: 'changed_by' })
  changedBy!: string;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;

  @Column('jsonb')
  before!: Record<string, unknown>;

  @Column('jsonb')
  after!: Record<string, unknown>;
}
