import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { MeetingStatus, seriesStarts } from '@aanwezig/domain';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import type { Session } from '../../core/auth/request-context';
import { paginate, type Connection, type PageRequest } from '../../core/graphql/pagination';
import { isUuid, uuidOrNil } from '../../core/database/uuid';
import { CaseService } from '../case/case.service';
import { meetingInvitation } from '../notification/calendar-invitation';
import { NotificationKind } from '../notification/notification.entity';
import { notify } from '../notification/notify';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { findOrganisation } from '../organisation/organisations';
import { meetingInvitees } from '../user/meeting-invitees';
import { UserEntity } from '../user/user.entity';
import { LiveEventKind, room } from '../../realtime/live-event';
import { LiveEvents } from '../../realtime/live-events';
import {
  checkCreateMeeting,
  requireSchedule,
  type CreateMeetingInput,
  type MeetingFilter,
  type RescheduleMeetingInput,
} from './dto/meeting.input';
import { MeetingAccess, requireOpen } from './meeting-access';
import { meetingDay, type NonSchoolDay } from './meeting-calendar';
import {
  itemNotInMeeting,
  onlyChairLeads,
  onlyCoordinatorsPlan,
  participantsNotPartners,
  unknownParticipants,
  unknownSchool,
} from './meeting.errors';
import { MeetingEntity } from './meeting.entity';
import { toMeetingModels } from './meeting.mapper';
import type { MeetingModel } from './meeting.model';
import { AgendaItemEntity } from './agenda-item.entity';

/** Planning: meetings and series, their time, participants and chair, closing. The agenda is AgendaService's. */
@Injectable()
export class MeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeetingAccess,
    private readonly live: LiveEvents,
    private readonly cases: CaseService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The .ics of a meeting (or its series) the caller has already been allowed to read. */
  invitation(meetingId: string): Promise<string | null> {
    return meetingInvitation(this.dataSource.manager, meetingId, this.config.appUrl ?? 'http://localhost:3000');
  }

  /** Whether the meeting falls on a school day of its school (see meeting-calendar.ts). */
  async nonSchoolDay(meeting: MeetingModel): Promise<NonSchoolDay | null> {
    const school = await findOrganisation(this.dataSource.manager, meeting.organisation.id);
    return school ? meetingDay(this.dataSource.manager, school.regionId, school.id, meeting.startsAt) : null;
  }

  list(session: Session, filter: MeetingFilter, page: PageRequest): Promise<Connection<MeetingModel>> {
    const access = this.access.sql(session.ability);
    const query = this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .where(access?.sql ?? 'false', access?.params);
    if (filter.organisationId) query.andWhere('m.organisation_id = :org', { org: uuidOrNil(filter.organisationId) });
    if (filter.from) query.andWhere('m.starts_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('m.starts_at < :to', { to: filter.to });
    if (filter.status) query.andWhere('m.status = :status', { status: filter.status });
    if (filter.past != null)
      query.andWhere(`${filter.past ? '' : 'NOT '}(m.status = :closed OR m.starts_at < now())`, {
        closed: MeetingStatus.CLOSED,
      });
    return paginate(
      query,
      {
        expression: `date_trunc('milliseconds', m.starts_at)`,
        idExpression: 'm.id',
        direction: filter.latestFirst ? 'DESC' : 'ASC',
        valueOf: (m) => m.startsAt.toISOString(),
        idOf: (m) => m.id,
      },
      page,
      (rows) => this.toModels(rows),
    );
  }

  async get(session: Session, id: string): Promise<MeetingModel> {
    const { meeting } = await this.access.require(session, id);
    return (await this.toModels([meeting]))[0];
  }

  /** Plans a meeting, or a series of them every N weeks; one transaction for the whole series. */
  async create(session: Session, input: CreateMeetingInput): Promise<MeetingModel[]> {
    const { title, location, onlineUrl, series, occurrences } = checkCreateMeeting(input);
    const { actor, ability } = session;
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const organisation = isUuid(input.organisationId)
          ? await manager.findOneBy(OrganisationEntity, { id: input.organisationId, regionId: actor.regionId })
          : null;
        if (!organisation) throw unknownSchool();
        const chairId = input.chairId ?? actor.userId;
        const participantIds = [...new Set([chairId, ...input.participantIds])];
        const users = participantIds.every(isUuid)
          ? await manager.find(UserEntity, {
              where: { id: In(participantIds), regionId: actor.regionId, active: true },
            })
          : [];
        if (users.length !== participantIds.length) throw unknownParticipants();
        if (
          !this.access.can(ability, 'create', {
            regionId: organisation.regionId,
            organisationId: organisation.id,
            participantUserIds: participantIds,
          })
        ) {
          throw onlyCoordinatorsPlan();
        }
        // Only the school's own staff and the partners serving it (not another school's people).
        const invitees = new Set(
          (await meetingInvitees(manager, actor.regionId, organisation.id)).map((person) => person.id),
        );
        const outsiders = users.filter((user) => !invitees.has(user.id));
        if (outsiders.length > 0) throw participantsNotPartners(outsiders.map((user) => user.name));
        const starts = seriesStarts(input.startsAt, series ?? 1, occurrences);
        const meetings: MeetingEntity[] = [];
        for (const [index, startsAt] of starts.entries()) {
          const meeting = await manager.save(
            manager.create(MeetingEntity, {
              regionId: organisation.regionId,
              organisationId: organisation.id,
              seriesId: index === 0 ? null : meetings[0].id,
              seriesEveryWeeks: series,
              kind: input.kind,
              title,
              startsAt,
              durationMinutes: input.durationMinutes,
              location,
              onlineUrl,
              chairUserId: chairId,
              participants: users,
              createdBy: actor.userId,
            }),
          );
          meetings.push(meeting);
        }
        if (series) await manager.update(MeetingEntity, { id: meetings[0].id }, { seriesId: meetings[0].id });
        await notify(
          manager,
          participantIds.map((userId) => ({
            recipientUserId: userId,
            kind: NotificationKind.MEETING_INVITATION,
            meetingId: meetings[0].id,
            dedupeKey: `meeting:invite:${meetings[0].id}:${userId}`,
          })),
          emit,
        );
        const saved = await manager.find(MeetingEntity, {
          where: { id: In(meetings.map((m) => m.id)) },
          order: { startsAt: 'ASC' },
        });
        return this.toModels(saved, manager);
      }),
    );
  }

  /** Moves one meeting; its participants get an updated invitation (a higher iCalendar SEQUENCE). */
  async reschedule(session: Session, input: RescheduleMeetingInput): Promise<MeetingModel> {
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const facts = await this.access.require(session, input.meetingId, 'update', manager);
        requireOpen(facts);
        const durationMinutes = input.durationMinutes ?? facts.meeting.durationMinutes;
        requireSchedule(input.startsAt, durationMinutes);
        const sequence = facts.meeting.icsSequence + 1;
        await manager.update(
          MeetingEntity,
          { id: facts.meeting.id },
          { startsAt: input.startsAt, durationMinutes, icsSequence: sequence },
        );
        await notify(
          manager,
          [...new Set([facts.meeting.chairUserId, ...facts.participantUserIds])].map((userId) => ({
            recipientUserId: userId,
            kind: NotificationKind.MEETING_MOVED,
            meetingId: facts.meeting.id,
            dedupeKey: `meeting:moved:${facts.meeting.id}:${sequence}:${userId}`,
          })),
          emit,
        );
        emit({ kind: LiveEventKind.MEETING_CHANGED, meetingId: facts.meeting.id }, [room.meeting(facts.meeting.id)]);
        return (
          await this.toModels([await manager.findOneByOrFail(MeetingEntity, { id: facts.meeting.id })], manager)
        )[0];
      }),
    );
  }

  /** Closes the meeting: minutes lock, and the cases discussed leave the "next meeting" list. */
  async close(session: Session, meetingId: string): Promise<MeetingModel> {
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const facts = await this.access.require(session, meetingId, 'update', manager);
        requireOpen(facts);
        emit({ kind: LiveEventKind.MEETING_CHANGED, meetingId }, [room.meeting(meetingId)]);
        await manager.update(MeetingEntity, { id: meetingId }, { status: MeetingStatus.CLOSED, closedAt: new Date() });
        const discussed: { case_id: string }[] = await manager.query(
          `SELECT DISTINCT case_id FROM agenda_item WHERE meeting_id = $1 AND case_id IS NOT NULL`,
          [meetingId],
        );
        await this.cases.clearMeetingFlags(
          manager,
          discussed.map((row) => row.case_id),
        );
        return (await this.toModels([await manager.findOneByOrFail(MeetingEntity, { id: meetingId })], manager))[0];
      }),
    );
  }

  /** The chair moves the meeting to an agenda item; everyone in the room follows. */
  async moveChair(session: Session, meetingId: string, agendaItemId: string): Promise<MeetingModel> {
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const facts = await this.access.require(session, meetingId, 'read', manager);
        if (facts.meeting.chairUserId !== session.actor.userId && !this.access.can(session.ability, 'update', facts)) {
          throw onlyChairLeads();
        }
        requireOpen(facts);
        const item = isUuid(agendaItemId)
          ? await manager.findOneBy(AgendaItemEntity, { id: agendaItemId, meetingId })
          : null;
        if (!item) throw itemNotInMeeting();
        await manager.update(MeetingEntity, { id: meetingId }, { currentAgendaItemId: item.id });
        emit({ kind: LiveEventKind.CHAIR_MOVED, meetingId, agendaItemId: item.id }, [room.meeting(meetingId)]);
        return (await this.toModels([await manager.findOneByOrFail(MeetingEntity, { id: meetingId })], manager))[0];
      }),
    );
  }

  async toModels(meetings: MeetingEntity[], manager: EntityManager = this.dataSource.manager): Promise<MeetingModel[]> {
    if (meetings.length === 0) return [];
    const participants = await this.access.participantIds(
      meetings.map((m) => m.id),
      manager,
    );
    return toMeetingModels(manager, meetings, participants);
  }
}
