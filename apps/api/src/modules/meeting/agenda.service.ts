import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CaseStatus, DataCategory, dutchDate } from '@aanwezig/domain';
import {
  FIELD_CATEGORIES,
  categoriesOf,
  categoryVisibility,
  organisationsWorkedFor,
  topicReader,
  writableCategories,
  type CaseReader,
} from '@aanwezig/authz';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { CaseAccess, type CaseFacts } from '../case/case-access';
import { CaseEntity } from '../case/case.entity';
import { CaseService } from '../case/case.service';
import { recordTimeline } from '../case/timeline';
import { TimelineKind } from '../case/timeline-entry.entity';
import { loadOrganisationsOf, loadPeople } from '../user/people';
import { LiveEventKind, room } from '../../realtime/live-event';
import { LiveEvents, type Emit } from '../../realtime/live-events';
import { AgendaItemEntity } from './agenda-item.entity';
import { DecisionEntity } from './decision.entity';
import { checkAgendaItem, type AddAgendaItemInput } from './dto/agenda-item.input';
import { MeetingAccess, requireOpen } from './meeting-access';
import { caseAlreadyOnAgenda, caseClosed, caseOfOtherSchool } from './meeting.errors';
import { MeetingEntity } from './meeting.entity';
import { toDecisionModel, toMinutesModel } from './meeting.mapper';
import type { AgendaItemModel, AgendaSuggestionModel } from './meeting.model';
import { MinutesSectionEntity } from './minutes-section.entity';

/** A meeting's agenda: its items (cases and topics) in order, as each reader may see them, and suggestions. */
@Injectable()
export class AgendaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeetingAccess,
    private readonly caseAccess: CaseAccess,
    private readonly cases: CaseService,
    private readonly live: LiveEvents,
  ) {}

  async addAgendaItem(session: Session, input: AddAgendaItemInput): Promise<AgendaItemModel> {
    const { topic } = checkAgendaItem(input);
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
    requireOpen(facts);
    if (input.caseId) {
      const caseFacts = await this.caseAccess.require(session, input.caseId, 'read', manager);
      if (caseFacts.schoolId !== facts.organisationId) throw caseOfOtherSchool();
      const status = (await manager.findOneByOrFail(CaseEntity, { id: caseFacts.id })).status;
      if (status === CaseStatus.CLOSED) throw caseClosed();
      if (await manager.existsBy(AgendaItemEntity, { meetingId: facts.meeting.id, caseId: caseFacts.id })) {
        throw caseAlreadyOnAgenda();
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
        params: { meeting: facts.meeting.title, startsAt: dutchDate(facts.meeting.startsAt) },
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
      // A read of the action module's table (an allowed read): whether the case has overdue actions.
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
   * The agendas of several meetings as this actor may see them. An item about a case they may not see
   * stays on the agenda as restricted, with no content, so nothing is silently left out. (An item's
   * actions are the action module's field on AgendaItem.)
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
      (id) => this.caseAccess.can(session.ability, 'read', facts.get(id)!) && this.shows(session, facts.get(id)!),
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
    const people = await loadPeople(manager, [...sections.map((s) => s.authorId), ...decisions.map((d) => d.authorId)]);
    const authors = await loadOrganisationsOf(manager, [
      ...sections.map((s) => s.authorId),
      ...decisions.map((d) => d.authorId),
    ]);
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
      };
      result.get(item.meetingId)!.push(model);
    }
    return result;
  }

  /** The agenda item with this id if it is about this case (where an action on the case is agreed); null otherwise. */
  async itemOfCase(
    manager: EntityManager,
    agendaItemId: string,
    caseId: string,
  ): Promise<{ id: string; meetingId: string } | null> {
    if (!isUuid(agendaItemId)) return null;
    return manager.findOne(AgendaItemEntity, { where: { id: agendaItemId, caseId }, select: ['id', 'meetingId'] });
  }

  /**
   * Being on an agenda tells what `Case.nextMeeting` tells (the meeting's school, that the case is
   * discussed): an item shows its case, and takes minutes about it, only for a reader who may see that
   * field; to anyone else it is restricted.
   */
  shows(session: Session, facts: CaseFacts): boolean {
    const reader = this.caseAccess.reader(session.actor, facts);
    return categoriesOf(FIELD_CATEGORIES.Case.nextMeeting).every((c) => categoryVisibility(reader, c).visible);
  }
}
