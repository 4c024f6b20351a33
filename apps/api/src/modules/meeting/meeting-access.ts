import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, type EntityManager } from 'typeorm';
import { MeetingStatus } from '@aanwezig/domain';
import type { Action, AppAbility, SubjectShape } from '@aanwezig/authz';
import { accessibleSql, type AccessSql } from '../../authz/accessible-sql';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { meetingClosed, meetingNotFound, onlyCoordinatorsRun } from './meeting.errors';
import { MeetingEntity } from './meeting.entity';

export type MeetingFacts = SubjectShape['Meeting'] & { meeting: MeetingEntity };

/** Who may see and run which meeting. */
@Injectable()
export class MeetingAccess {
  constructor(private readonly dataSource: DataSource) {}

  sql(ability: AppAbility, action: Action = 'read', alias = 'm'): AccessSql | null {
    return accessibleSql(ability, action, 'Meeting', {
      regionId: (p) => `${alias}.region_id = ANY(:${p})`,
      organisationId: (p) => `${alias}.organisation_id = ANY(:${p})`,
      participantUserIds: (p) =>
        `EXISTS (SELECT 1 FROM meeting_participant mp WHERE mp.meeting_id = ${alias}.id AND mp.user_id = ANY(:${p}))`,
    });
  }

  async participantIds(
    meetingIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(meetingIds.map((id) => [id, []]));
    if (meetingIds.length === 0) return result;
    const rows = await manager
      .createQueryBuilder()
      .select(['mp.meeting_id AS meeting_id', 'mp.user_id AS user_id'])
      .from('meeting_participant', 'mp')
      .where('mp.meeting_id = ANY(:ids)', { ids: meetingIds })
      .getRawMany<{ meeting_id: string; user_id: string }>();
    for (const r of rows) result.get(r.meeting_id)!.push(r.user_id);
    return result;
  }

  /** The meeting if the actor may `action` it; NOT_FOUND when they may not even see it. */
  async require(
    session: Session,
    meetingId: string,
    action: Action = 'read',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MeetingFacts> {
    // Inside a write transaction, lock the meeting row so concurrent changes (closing, agenda) serialise.
    const lock =
      action !== 'read' && manager.queryRunner?.isTransactionActive
        ? { lock: { mode: 'pessimistic_write' as const } }
        : {};
    const meeting = isUuid(meetingId)
      ? await manager.findOne(MeetingEntity, { where: { id: meetingId }, ...lock })
      : null;
    if (!meeting) throw meetingNotFound();
    const participantUserIds = (await this.participantIds([meeting.id], manager)).get(meeting.id)!;
    const facts = { meeting, regionId: meeting.regionId, organisationId: meeting.organisationId, participantUserIds };
    if (!this.can(session.ability, 'read', facts)) throw meetingNotFound();
    if (action !== 'read' && !this.can(session.ability, action, facts)) {
      throw onlyCoordinatorsRun();
    }
    return facts;
  }

  can(ability: AppAbility, action: Action, facts: Omit<MeetingFacts, 'meeting'>): boolean {
    const { regionId, organisationId, participantUserIds } = facts;
    return ability.can(action, subject('Meeting', { regionId, organisationId, participantUserIds }));
  }

  /** Chairs or takes part in the meeting (whatever their role at its school). */
  async takesPart(
    session: Session,
    meetingId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const meeting = isUuid(meetingId)
      ? await manager.findOne(MeetingEntity, { where: { id: meetingId }, select: ['id', 'chairUserId'] })
      : null;
    if (!meeting) return false;
    if (meeting.chairUserId === session.actor.userId) return true;
    return (await this.participantIds([meeting.id], manager)).get(meeting.id)!.includes(session.actor.userId);
  }

  /** May write minutes and decisions: the school's coordinators, the chair and the participants. */
  mayTakeMinutes(session: Session, facts: MeetingFacts): boolean {
    return (
      this.can(session.ability, 'update', facts) ||
      facts.meeting.chairUserId === session.actor.userId ||
      facts.participantUserIds.includes(session.actor.userId)
    );
  }
}

/** A closed meeting's agenda, decisions and minutes are final (minutes take corrections only). */
export function requireOpen(facts: MeetingFacts): void {
  if (facts.meeting.status === MeetingStatus.CLOSED) throw meetingClosed();
}
