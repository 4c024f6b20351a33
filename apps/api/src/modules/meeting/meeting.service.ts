import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { meetingInvitation } from '../notification/calendar-invitation';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  ActionStatus,
  CaseStatus,
  DATA_CATEGORY_LABEL_NL,
  DataCategory,
  MeetingStatus,
  dutchDate,
  seriesStarts,
} from '@aanwezig/domain';
import {
  defineAbilityFor,
  organisationsWorkedFor,
  topicReader,
  writableCategories,
  writeDecision,
  type CaseReader,
  type WrittenText,
  FIELD_CATEGORIES,
  categoriesOf,
  categoryVisibility,
} from '@aanwezig/authz';
import { ActorLoader } from '../../core/auth/actor.loader';
import type { Session } from '../../core/auth/request-context';
import { InputError, optionalText, requireText } from '../../core/errors/input';
import { paginate, type Connection, type PageRequest } from '../../core/graphql/pagination';
import { maskFields } from '../../authz/field-mask';
import { ActionEntity } from '../action/action.entity';
import { toActionModel } from '../action/action.mapper';
import { isUuid, uuidOrNil } from '../../core/database/uuid';
import { CaseAccess, type CaseFacts } from '../case/case-access';
import { CaseEntity } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { recordTimeline } from '../case/timeline';
import { TimelineKind } from '../case/timeline-entry.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { authoredBy, loadOrganisationsOf, loadPeople, UNKNOWN_PERSON } from '../user/people';
import { loadOrganisations } from '../organisation/organisation-names';
import { UserEntity } from '../user/user.entity';
import type { PersonModel } from '../user/user-summary.model';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { DecisionEntity } from './decision.entity';
import type {
  AddAgendaItemInput,
  CreateMeetingInput,
  MeetingFilter,
  RecordDecisionInput,
  RecordMinutesInput,
  RescheduleMeetingInput,
} from './dto/meeting.inputs';
import { NotificationKind } from '../notification/notification.entity';
import { notify } from '../notification/notify';
import { MeetingAccess, type MeetingFacts } from './meeting-access';
import { MeetingError, agendaItemNotFound } from './meeting.errors';
import { MeetingEntity } from './meeting.entity';
import type { AgendaItemModel, AgendaSuggestionModel, MeetingModel, MinutesSectionModel } from './meeting.model';
import { MinutesSectionEntity } from './minutes-section.entity';
import { LiveEventKind, room } from '../../realtime/live-event';
import { LiveEvents, type Emit } from '../../realtime/live-events';

const MAX_OCCURRENCES = 26;

@Injectable()
export class MeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeetingAccess,
    private readonly caseAccess: CaseAccess,
    private readonly cases: CaseService,
    private readonly live: LiveEvents,
    private readonly actors: ActorLoader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The .ics of a meeting (or its series) the caller has already been allowed to read. */
  invitation(meetingId: string): Promise<string | null> {
    return meetingInvitation(this.dataSource.manager, meetingId, this.config.appUrl ?? 'http://localhost:3000');
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
    return paginate(
      query,
      {
        expression: `date_trunc('milliseconds', m.starts_at)`,
        idExpression: 'm.id',
        direction: 'ASC',
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
    const title = requireText(input.title, 'title', { max: 200, label: 'De titel' });
    requireSchedule(input.startsAt, input.durationMinutes);
    const location = optionalText(input.location, 'location', { max: 200, label: 'De locatie' });
    const onlineUrl = optionalText(input.onlineUrl, 'onlineUrl', { max: 500, label: 'De link' });
    if (onlineUrl && !/^https:\/\/\S+$/.test(onlineUrl))
      throw new InputError('onlineUrl', 'De link begint met https://.');
    const series = input.repeatEveryWeeks ?? null;
    const occurrences = series ? (input.occurrences ?? 10) : 1;
    if (series !== null && (!Number.isInteger(series) || series < 1 || series > 12))
      throw new InputError('repeatEveryWeeks', 'Herhaal elke 1 tot 12 weken.');
    if (!Number.isInteger(occurrences) || occurrences < 1 || occurrences > MAX_OCCURRENCES) {
      throw new InputError('occurrences', `Een reeks heeft 2 tot ${MAX_OCCURRENCES} overleggen.`);
    }
    const { actor, ability } = session;
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const organisation = isUuid(input.organisationId)
          ? await manager.findOneBy(OrganisationEntity, { id: input.organisationId, regionId: actor.regionId })
          : null;
        if (!organisation)
          throw new InputError('organisationId', 'Deze school bestaat niet in uw samenwerkingsverband.');
        const chairId = input.chairId ?? actor.userId;
        const participantIds = [...new Set([chairId, ...input.participantIds])];
        const users = participantIds.every(isUuid)
          ? await manager.find(UserEntity, {
              where: { id: In(participantIds), regionId: actor.regionId, active: true },
            })
          : [];
        if (users.length !== participantIds.length)
          throw new InputError('participantIds', 'Niet alle deelnemers zijn bekend in uw samenwerkingsverband.');
        if (
          !this.access.can(ability, 'create', {
            regionId: organisation.regionId,
            organisationId: organisation.id,
            participantUserIds: participantIds,
          })
        ) {
          throw new MeetingError('FORBIDDEN', 'Alleen de coördinatoren van de school plannen een overleg.');
        }
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
        this.requireOpen(facts);
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

  async addAgendaItem(session: Session, input: AddAgendaItemInput): Promise<AgendaItemModel> {
    if (Boolean(input.caseId) === Boolean(input.topic?.trim()))
      throw new InputError('caseId', 'Kies een casus óf geef een onderwerp.');
    const topic = input.topic ? requireText(input.topic, 'topic', { max: 300, label: 'Het onderwerp' }) : null;
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction((manager) => this.addAgendaItemIn(manager, session, input, emit, topic)),
    );
  }

  /** Adds an item inside the caller's transaction (a signal put on the agenda is one change with it). */
  async addAgendaItemIn(
    manager: EntityManager,
    session: Session,
    input: AddAgendaItemInput,
    emit: Emit,
    topic: string | null = null,
  ): Promise<AgendaItemModel> {
    const facts = await this.access.require(session, input.meetingId, 'update', manager);
    this.requireOpen(facts);
    if (input.caseId) {
      const caseFacts = await this.caseAccess.require(session, input.caseId, 'read', manager);
      if (caseFacts.schoolId !== facts.organisationId)
        throw new InputError('caseId', 'Deze casus hoort bij een andere school dan dit overleg.');
      const status = (await manager.findOneByOrFail(CaseEntity, { id: caseFacts.id })).status;
      if (status === CaseStatus.CLOSED) throw new InputError('caseId', 'Deze casus is gesloten.');
      if (await manager.existsBy(AgendaItemEntity, { meetingId: facts.meeting.id, caseId: caseFacts.id })) {
        throw new MeetingError('CONFLICT', 'Deze casus staat al op de agenda.', 'caseId');
      }
    }
    const { max } = (await manager
      .createQueryBuilder(AgendaItemEntity, 'ai')
      .select('COALESCE(MAX(ai.position), 0)', 'max')
      .where('ai.meeting_id = :id', { id: facts.meeting.id })
      .getRawOne<{ max: number }>())!;
    const item = await manager.save(
      manager.create(AgendaItemEntity, {
        meetingId: facts.meeting.id,
        caseId: input.caseId ?? null,
        topic,
        position: Number(max) + 1,
      }),
    );
    emit({ kind: LiveEventKind.AGENDA_CHANGED, meetingId: facts.meeting.id, agendaItemId: item.id }, [
      room.meeting(facts.meeting.id),
    ]);
    if (item.caseId) {
      await recordTimeline(manager, session, {
        caseId: item.caseId,
        kind: TimelineKind.ON_AGENDA,
        category: DataCategory.CLASSIFICATION,
        summary: `Op de agenda van ${facts.meeting.title} (${dutchDate(facts.meeting.startsAt)})`,
        actorUserId: session.actor.userId,
        meetingId: facts.meeting.id,
      });
    }
    return (await this.agendas(session, [facts.meeting.id], manager))
      .get(facts.meeting.id)!
      .find((i) => i.id === item.id)!;
  }

  /**
   * Cases worth discussing that are not on this agenda yet: never discussed, with overdue actions,
   * flagged for the next meeting, or with the worry flag set.
   */
  async suggestions(session: Session, meetingId: string): Promise<AgendaSuggestionModel[]> {
    const facts = await this.access.require(session, meetingId, 'update');
    const access = this.caseAccess.sql(session.ability);
    if (!access) return [];
    const rows = await this.dataSource
      .getRepository(CaseEntity)
      .createQueryBuilder('c')
      .addSelect(`NOT EXISTS (SELECT 1 FROM agenda_item x WHERE x.case_id = c.id)`, 'never_discussed')
      .addSelect(
        `EXISTS (SELECT 1 FROM case_action a WHERE a.case_id = c.id AND a.status = 'OPEN' AND a.due_date < :today)`,
        'overdue',
      )
      .where(access.sql, access.params)
      .andWhere('c.school_id = :school', { school: facts.organisationId })
      .andWhere(`c.status <> 'CLOSED'`)
      .andWhere('NOT EXISTS (SELECT 1 FROM agenda_item y WHERE y.case_id = c.id AND y.meeting_id = :meeting)', {
        meeting: meetingId,
      })
      .setParameter('today', dutchDate())
      .orderBy('c.updated_at', 'DESC')
      .getRawAndEntities();
    const suggestions = rows.entities
      .map((entity, i) => {
        const raw = rows.raw[i] as { never_discussed: boolean; overdue: boolean };
        const reasons = [
          raw.never_discussed && 'NEW_CASE',
          raw.overdue && 'OVERDUE_ACTIONS',
          entity.flaggedForMeeting && 'FLAGGED_FOR_MEETING',
          entity.worryFlag && 'WORRY_FLAG',
        ].filter((r): r is string => Boolean(r));
        return { entity, reasons };
      })
      .filter((s) => s.reasons.length > 0);
    const models = await this.cases.modelsOf(
      session,
      suggestions.map((s) => s.entity),
    );
    return models.map((model, i) => ({ case: model, reasons: suggestions[i].reasons }));
  }

  /**
   * Adds or edits a minutes section. Edits name the version they started from; a stale one is a
   * CONFLICT, so nobody's text is silently overwritten. After the meeting closed, minutes are locked:
   * a correction is a new section that points at the one it corrects.
   */
  async recordMinutes(session: Session, input: RecordMinutesInput): Promise<MinutesSectionModel> {
    const body = requireText(input.body, 'body', { max: 20_000, label: 'De notulen' });
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const { item, facts, reader } = await this.writableItem(session, input.agendaItemId, manager);
        emitItemChange(emit, LiveEventKind.MINUTES_CHANGED, item);
        const closed = facts.meeting.status === MeetingStatus.CLOSED;
        let section: MinutesSectionEntity;
        if (input.sectionId) {
          if (closed)
            throw new MeetingError(
              'CONFLICT',
              'De notulen zijn vastgesteld. Voeg een correctie toe in plaats van te wijzigen.',
              'sectionId',
            );
          if (input.expectedVersion === undefined || input.expectedVersion === null)
            throw new InputError('expectedVersion', 'Geef de versie mee die u heeft bewerkt.');
          // Locked: the section's category cannot change between the check below and the update.
          const previous = isUuid(input.sectionId)
            ? await manager.findOne(MinutesSectionEntity, {
                where: { id: input.sectionId, agendaItemId: item.id },
                lock: { mode: 'pessimistic_write' },
              })
            : null;
          // An edit keeps its author: the text as it will be is read by the author's organisations.
          await this.requireWritable(
            manager,
            session,
            reader,
            'minutes',
            { category: input.category, authorId: previous?.authorId ?? session.actor.userId },
            previous ? { section: previous, field: 'sectionId' } : null,
            item,
          );
          const result = await manager
            .createQueryBuilder()
            .update(MinutesSectionEntity)
            .set({ body, category: input.category, version: () => 'version + 1', updatedAt: () => 'now()' })
            .where('id = :id AND agenda_item_id = :item AND version = :version', {
              id: isUuid(input.sectionId) ? input.sectionId : null,
              item: item.id,
              version: input.expectedVersion,
            })
            .execute();
          if (result.affected !== 1) {
            const exists =
              isUuid(input.sectionId) &&
              (await manager.existsBy(MinutesSectionEntity, { id: input.sectionId, agendaItemId: item.id }));
            if (!exists) throw new InputError('sectionId', 'Deze notulensectie hoort niet bij dit agendapunt.');
            throw new MeetingError(
              'CONFLICT',
              'Iemand anders heeft deze notulen intussen gewijzigd. Uw tekst is niet opgeslagen: kopieer hem, laad opnieuw en voeg hem samen.',
              'expectedVersion',
            );
          }
          section = await manager.findOneByOrFail(MinutesSectionEntity, { id: input.sectionId });
          if (item.caseId && previous) {
            const caseFile = await manager.findOneByOrFail(CaseEntity, { id: item.caseId });
            await audit(manager, session, [
              {
                pupilId: caseFile.pupilId,
                regionId: caseFile.regionId,
                action: AuditAction.UPDATE,
                categories: [...new Set([previous.category, section.category])],
                subject: `MinutesSection:${section.id}`,
                fields: previous.category === section.category ? ['body'] : ['category', 'body'],
              },
            ]);
          }
        } else {
          if (closed && !input.correctsSectionId)
            throw new MeetingError(
              'CONFLICT',
              'De notulen zijn vastgesteld. Een aanvulling is een correctie op een bestaande sectie.',
              'correctsSectionId',
            );
          const corrected =
            input.correctsSectionId && isUuid(input.correctsSectionId)
              ? await manager.findOneBy(MinutesSectionEntity, { id: input.correctsSectionId, agendaItemId: item.id })
              : null;
          if (input.correctsSectionId && !corrected) {
            throw new InputError('correctsSectionId', 'De te corrigeren sectie hoort niet bij dit agendapunt.');
          }
          await this.requireWritable(
            manager,
            session,
            reader,
            'minutes',
            { category: input.category, authorId: session.actor.userId },
            corrected ? { section: corrected, field: 'correctsSectionId' } : null,
            item,
          );
          section = await manager.save(
            manager.create(MinutesSectionEntity, {
              agendaItemId: item.id,
              category: input.category,
              body,
              authorId: session.actor.userId,
              correctsSectionId: input.correctsSectionId ?? null,
            }),
          );
          if (item.caseId) {
            await recordTimeline(manager, session, {
              caseId: item.caseId,
              kind: TimelineKind.MINUTES_RECORDED,
              category: input.category,
              summary: `${input.correctsSectionId ? 'Correctie op de notulen' : 'Notulen'} van ${facts.meeting.title}: ${excerpt(body)}`,
              actorUserId: session.actor.userId,
              meetingId: facts.meeting.id,
            });
          }
        }
        const people = await loadPeople(manager, [section.authorId]);
        return toMinutesModel(section, reader, people, await loadOrganisationsOf(manager, [section.authorId]));
      }),
    );
  }

  async recordDecision(session: Session, input: RecordDecisionInput) {
    const body = requireText(input.body, 'body', { max: 4000, label: 'Het besluit' });
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const { item, facts, reader } = await this.writableItem(session, input.agendaItemId, manager);
        this.requireOpen(facts);
        emitItemChange(emit, LiveEventKind.DECISION_RECORDED, item);
        await this.requireWritable(
          manager,
          session,
          reader,
          'decision',
          { category: input.category, authorId: session.actor.userId },
          null,
          item,
        );
        const decision = await manager.save(
          manager.create(DecisionEntity, {
            agendaItemId: item.id,
            category: input.category,
            body,
            authorId: session.actor.userId,
          }),
        );
        if (item.caseId) {
          await recordTimeline(manager, session, {
            caseId: item.caseId,
            kind: TimelineKind.DECISION,
            category: input.category,
            summary: `Besluit in ${facts.meeting.title}: ${body}`,
            actorUserId: session.actor.userId,
            meetingId: facts.meeting.id,
          });
          await this.tellSignallers(manager, session, decision, item.caseId, emit);
        }
        const people = await loadPeople(manager, [decision.authorId]);
        return toDecisionModel(decision, reader, people, await loadOrganisationsOf(manager, [decision.authorId]));
      }),
    );
  }

  /** Closes the meeting: minutes lock, and the cases discussed leave the "next meeting" list. */
  async close(session: Session, meetingId: string): Promise<MeetingModel> {
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const facts = await this.access.require(session, meetingId, 'update', manager);
        this.requireOpen(facts);
        emit({ kind: LiveEventKind.MEETING_CHANGED, meetingId }, [room.meeting(meetingId)]);
        await manager.update(MeetingEntity, { id: meetingId }, { status: MeetingStatus.CLOSED, closedAt: new Date() });
        await manager
          .createQueryBuilder()
          .update(CaseEntity)
          .set({ flaggedForMeeting: false })
          .where('id IN (SELECT case_id FROM agenda_item WHERE meeting_id = :meetingId AND case_id IS NOT NULL)', {
            meetingId,
          })
          .execute();
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
          throw new MeetingError('FORBIDDEN', 'Alleen de voorzitter of de coördinator leidt het overleg.');
        }
        this.requireOpen(facts);
        const item = isUuid(agendaItemId)
          ? await manager.findOneBy(AgendaItemEntity, { id: agendaItemId, meetingId })
          : null;
        if (!item) throw new InputError('agendaItemId', 'Dit agendapunt hoort niet bij dit overleg.');
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
    const people = await loadPeople(manager, [
      ...meetings.map((m) => m.chairUserId),
      ...[...participants.values()].flat(),
    ]);
    const organisationById = await loadOrganisations(
      manager,
      meetings.map((m) => m.organisationId),
    );
    return meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      title: m.title,
      organisation: organisationById.get(m.organisationId)!,
      startsAt: m.startsAt,
      durationMinutes: m.durationMinutes,
      location: m.location,
      onlineUrl: m.onlineUrl,
      status: m.status,
      seriesId: m.seriesId,
      seriesEveryWeeks: m.seriesEveryWeeks,
      currentAgendaItemId: m.currentAgendaItemId,
      chair: people.get(m.chairUserId) ?? UNKNOWN_PERSON,
      participants: (participants.get(m.id) ?? []).map((id) => people.get(id) ?? UNKNOWN_PERSON),
      agenda: [],
    }));
  }

  /**
   * The agendas of several meetings as this actor may see them. An item about a case they may not see
   * stays on the agenda as restricted, with no content, so nothing is silently left out.
   */
  async agendas(
    session: Session,
    meetingIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, AgendaItemModel[]>> {
    const items = await manager.find(AgendaItemEntity, {
      where: { meetingId: In([...meetingIds]) },
      order: { position: 'ASC' },
    });
    const itemIds = items.map((i) => i.id);
    const caseIds = [...new Set(items.map((i) => i.caseId).filter((id): id is string => Boolean(id)))];
    const facts = await this.caseAccess.facts(caseIds, manager);
    const readable = caseIds.filter(
      (id) =>
        this.caseAccess.can(session.ability, 'read', facts.get(id)!) && this.onAgendaShown(session, facts.get(id)!),
    );
    const caseModels = new Map(
      (
        await this.cases.modelsOf(
          session,
          readable.map((id) => ({ id })),
          manager,
        )
      ).map((c) => [c.id, c]),
    );
    // One after the other: inside a transaction these share one connection.
    const sections = itemIds.length
      ? await manager.find(MinutesSectionEntity, { where: { agendaItemId: In(itemIds) }, order: { createdAt: 'ASC' } })
      : [];
    const decisions = itemIds.length
      ? await manager.find(DecisionEntity, { where: { agendaItemId: In(itemIds) }, order: { createdAt: 'ASC' } })
      : [];
    const actions = readable.length
      ? await manager.find(ActionEntity, { where: { caseId: In(readable) }, order: { dueDate: 'ASC' } })
      : [];
    const people = await loadPeople(manager, [
      ...sections.map((s) => s.authorId),
      ...decisions.map((d) => d.authorId),
      ...actions.map((a) => a.ownerUserId),
    ]);
    const authors = await loadOrganisationsOf(manager, [
      ...sections.map((s) => s.authorId),
      ...decisions.map((d) => d.authorId),
      ...actions.map((a) => a.createdBy),
    ]);
    const today = dutchDate();
    // A topic (no case) is read as libs/authz's topicReader says: by the category's row as the hosting school would have it.
    const hosts = items.some((i) => !i.caseId)
      ? await manager.find(MeetingEntity, { where: { id: In([...meetingIds]) }, select: ['id', 'organisationId'] })
      : [];
    const topicReaders = new Map(hosts.map((m) => [m.id, topicReader(session.actor, m.organisationId)]));
    const writerOrganisations = organisationsWorkedFor(session.actor);
    const result = new Map<string, AgendaItemModel[]>(meetingIds.map((id) => [id, []]));
    for (const item of items) {
      const caseModel = item.caseId ? caseModels.get(item.caseId) : undefined;
      const restricted = Boolean(item.caseId) && !caseModel;
      const reader: CaseReader | null = item.caseId ? (caseModel?.reader ?? null) : topicReaders.get(item.meetingId)!;
      const model: AgendaItemModel = {
        id: item.id,
        position: item.position,
        topic: item.topic,
        case: caseModel ?? null,
        restricted,
        // Whoever may see a meeting may take minutes there (its school's coordinators and its participants).
        writableCategories: reader ? writableCategories(reader, writerOrganisations) : [],
        minutes: !reader
          ? []
          : sections.filter((s) => s.agendaItemId === item.id).map((s) => toMinutesModel(s, reader, people, authors)),
        decisions: !reader
          ? []
          : decisions.filter((d) => d.agendaItemId === item.id).map((d) => toDecisionModel(d, reader, people, authors)),
        // Carry-over: the case's open actions from earlier meetings, and everything agreed at this item.
        actions:
          restricted || !item.caseId
            ? []
            : actions
                .filter(
                  (a) => a.caseId === item.caseId && (a.status === ActionStatus.OPEN || a.agendaItemId === item.id),
                )
                .map((a) => toActionModel(a, reader!, people, today, authors)),
      };
      result.get(item.meetingId)!.push(model);
    }
    return result;
  }

  /**
   * Whoever raised a signal or the worry flag about this pupil hears that the team took a decision: the
   * kind's neutral sentence and, if they may read the case, its id. The decision itself is read on the
   * case, through the field mask and the audit log, when they open it, so consent withdrawal, the
   * matrix and retention reach it (a copy in the notification and its mail would escape all three).
   */
  private async tellSignallers(
    manager: EntityManager,
    session: Session,
    decision: DecisionEntity,
    caseId: string,
    emit: Emit,
  ): Promise<void> {
    const raisers: { id: string }[] = await manager.query(
      `SELECT DISTINCT s.raised_by AS id FROM signal s JOIN app_user u ON u.id = s.raised_by WHERE s.case_id = $1 AND u.active AND s.raised_by <> $2`,
      [caseId, session.actor.userId],
    );
    if (raisers.length === 0) return;
    const caseFacts = (await this.caseAccess.facts([caseId], manager)).get(caseId)!;
    const notifications = [];
    for (const raiser of raisers) {
      const actor = await this.actors.load(raiser.id, manager);
      if (!actor) continue;
      const mayReadCase = this.caseAccess.can(defineAbilityFor(actor), 'read', caseFacts);
      notifications.push({
        recipientUserId: raiser.id,
        kind: NotificationKind.TEAM_DECISION,
        caseId: mayReadCase ? caseId : null,
        dedupeKey: `decision:${decision.id}:${raiser.id}`,
      });
    }
    await notify(manager, notifications, emit);
  }

  private requireOpen(facts: MeetingFacts): void {
    if (facts.meeting.status === MeetingStatus.CLOSED)
      throw new MeetingError('CONFLICT', 'Dit overleg is gesloten; de agenda en besluiten liggen vast.');
  }

  /**
   * Being on an agenda tells what `Case.nextMeeting` tells (the meeting's school, that the case is
   * discussed): an item shows its case, and takes minutes about it, only for a reader who may see that
   * field; to anyone else it is restricted.
   */
  private onAgendaShown(session: Session, facts: CaseFacts): boolean {
    const reader = this.caseAccess.reader(session.actor, facts);
    return categoriesOf(FIELD_CATEGORIES.Case.nextMeeting).every((c) => categoryVisibility(reader, c).visible);
  }

  private async writableItem(session: Session, agendaItemId: string, manager: EntityManager) {
    const item = isUuid(agendaItemId) ? await manager.findOneBy(AgendaItemEntity, { id: agendaItemId }) : null;
    if (!item) throw agendaItemNotFound();
    const facts = await this.access.require(session, item.meetingId, 'read', manager).catch(() => {
      throw agendaItemNotFound();
    });
    if (!this.access.mayTakeMinutes(session, facts))
      throw new MeetingError('FORBIDDEN', 'Alleen deelnemers aan het overleg notuleren.');
    // A topic has no case: its text follows the categories as libs/authz's topicReader reads them.
    let reader: CaseReader = topicReader(session.actor, facts.organisationId);
    if (item.caseId) {
      const caseFacts = await this.caseAccess.require(session, item.caseId, 'read', manager).catch(() => {
        throw agendaItemNotFound();
      });
      if (!this.onAgendaShown(session, caseFacts)) throw agendaItemNotFound();
      reader = this.caseAccess.reader(session.actor, caseFacts);
    }
    return { item, facts, reader };
  }

  /**
   * Nobody writes or overwrites a category they may not read (libs/authz writeDecision decides): the text
   * as it will be must be readable to the writer, and so must a section it overwrites or corrects.
   * Refused before anything is written, naming the field and why.
   */
  private async requireWritable(
    manager: EntityManager,
    session: Session,
    reader: CaseReader,
    what: 'minutes' | 'decision',
    next: { category: DataCategory; authorId: string },
    previous: { section: MinutesSectionEntity; field: 'sectionId' | 'correctsSectionId' } | null,
    item: AgendaItemEntity,
  ): Promise<void> {
    const organisations = await loadOrganisationsOf(manager, [
      next.authorId,
      ...(previous ? [previous.section.authorId] : []),
    ]);
    const text = (category: DataCategory, authorId: string): WrittenText => ({
      category,
      // The writer's own organisations for their own text (also while working as one membership).
      authorOrganisationIds:
        authorId === session.actor.userId ? organisationsWorkedFor(session.actor) : (organisations.get(authorId) ?? []),
    });
    const decision = writeDecision(
      reader,
      text(next.category, next.authorId),
      previous ? text(previous.section.category, previous.section.authorId) : undefined,
    );
    if (decision.allowed) return;
    const label = `"${DATA_CATEGORY_LABEL_NL[decision.category]}"`;
    const why = item.caseId
      ? CANNOT_READ_BECAUSE[decision.reason]
      : 'bij een algemeen onderwerp zonder casus geldt alleen wat uw rol altijd mag inzien; betrokkenheid of toestemming kan daar niet gelden';
    if (decision.refused === 'previous') {
      const verb = previous!.field === 'sectionId' ? 'overschrijven' : 'corrigeren';
      throw new MeetingError(
        'FORBIDDEN',
        `Deze notulensectie bevat ${label}; dat mag u hier zelf niet inzien (${why}), en dus ook niet ${verb}. Er is niets opgeslagen.`,
        previous!.field,
      );
    }
    const verb = what === 'minutes' ? 'notuleren' : 'als besluit vastleggen';
    throw new InputError(
      'category',
      `U mag ${label} hier zelf niet inzien (${why}), en dus ook niet ${verb}. Kies een soort gegevens die u wel mag inzien; er is niets opgeslagen.`,
    );
  }
}

function requireSchedule(startsAt: Date, durationMinutes: number): void {
  if (Number.isNaN(startsAt.getTime())) throw new InputError('startsAt', 'Geef een geldige begintijd.');
  if (startsAt.getTime() < Date.now() - 60 * 60 * 1000)
    throw new InputError('startsAt', 'De begintijd ligt in het verleden.');
  if (!Number.isInteger(durationMinutes) || durationMinutes < 5 || durationMinutes > 600) {
    throw new InputError('durationMinutes', 'De duur is 5 tot 600 minuten.');
  }
}

/** Minutes and decisions about a case go to its room only; a topic's go to the meeting's room. */
function emitItemChange(emit: Emit, kind: LiveEventKind, item: AgendaItemEntity): void {
  const event = {
    kind,
    meetingId: item.meetingId,
    agendaItemId: item.id,
    ...(item.caseId ? { caseId: item.caseId } : {}),
  };
  emit(event, [item.caseId ? room.case(item.caseId) : room.meeting(item.meetingId)]);
}

/** Why a writer may not read a category on a case item, in the words of the shield reason. */
const CANNOT_READ_BECAUSE = {
  NO_CONSENT: 'er is geen toestemming die uw organisatie noemt',
  NOT_INVOLVED: 'uw organisatie is niet betrokken bij deze casus',
  NOT_PERMITTED: 'uw rol geeft daar geen inzage in',
} as const;

/** Masks by the item's reader: the case's, or for a topic the topicReader (its text carries pupil data too). */
function maskByCategory<V extends object>(
  type: 'MinutesSection' | 'Decision',
  values: V,
  reader: CaseReader,
  category: DataCategory,
  authors: Map<string, string[]>,
  authorId: string,
) {
  return maskFields(type, values, authoredBy(reader, authors, authorId), category);
}

function toMinutesModel(
  section: MinutesSectionEntity,
  reader: CaseReader,
  people: Map<string, PersonModel>,
  authors: Map<string, string[]>,
): MinutesSectionModel {
  const author = people.get(section.authorId) ?? UNKNOWN_PERSON;
  const masked = maskByCategory(
    'MinutesSection',
    {
      id: section.id,
      category: section.category,
      body: section.body,
      author,
      correctsSectionId: section.correctsSectionId,
      createdAt: section.createdAt,
      updatedAt: section.updatedAt,
      version: section.version,
    },
    reader,
    section.category,
    authors,
    section.authorId,
  );
  return {
    ...masked,
    id: section.id,
    category: section.category,
    createdAt: section.createdAt,
    updatedAt: section.updatedAt,
    version: section.version,
  };
}

function toDecisionModel(
  decision: DecisionEntity,
  reader: CaseReader,
  people: Map<string, PersonModel>,
  authors: Map<string, string[]>,
) {
  const author = people.get(decision.authorId) ?? UNKNOWN_PERSON;
  const masked = maskByCategory(
    'Decision',
    { id: decision.id, category: decision.category, body: decision.body, author, createdAt: decision.createdAt },
    reader,
    decision.category,
    authors,
    decision.authorId,
  );
  return { ...masked, id: decision.id, category: decision.category, createdAt: decision.createdAt };
}

function excerpt(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
