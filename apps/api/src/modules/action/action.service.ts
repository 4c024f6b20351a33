import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { ActionStatus, DataCategory, dutchDate } from '@aanwezig/domain';
import { actionOwnerDecision, caseFilterCategory, mayChangeAction } from '@aanwezig/authz';
import { ActorLoader } from '../../core/auth/actor.loader';
import type { Session } from '../../core/auth/request-context';
import { paginate, type Connection, type PageRequest } from '../../core/graphql/pagination';
import { isUuid, uuidOrNil } from '../../core/database/uuid';
import { CaseAccess, type CaseFacts, categoryVisibleSql } from '../case/case-access';
import { recordTimeline } from '../case/timeline';
import { TimelineKind } from '../case/timeline-entry.entity';
import { AgendaService } from '../meeting/agenda.service';
import { MeetingAccess } from '../meeting/meeting-access';
import { loadOrganisationsOf, loadPeople } from '../user/people';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import { LiveEventKind, room } from '../../realtime/live-event';
import { LiveEvents, type Emit } from '../../realtime/live-events';
import { ActionEntity } from './action.entity';
import {
  actionAlreadyDone,
  actionNotFound,
  agendaItemOfOtherCase,
  doneNotReassigned,
  doneNotRescheduled,
  dueDateUnchanged,
  onlyCoordinatorsOrMeeting,
  onlyOwnerCompletes,
  onlyOwnerReassigns,
  onlyOwnerReschedules,
  ownerCannotSeeCase,
  ownerCannotSeeCategory,
  ownerUnchanged,
  ownerUnknown,
} from './action.errors';
import { toActionModel } from './action.mapper';
import type { ActionModel } from './action.model';
import {
  checkCreateAction,
  checkNewDueDate,
  completionNote as checkedNote,
  type ActionFilter,
  type CreateActionInput,
} from './dto/action.input';

@Injectable()
export class ActionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly actors: ActorLoader,
    private readonly live: LiveEvents,
    private readonly agenda: AgendaService,
    private readonly meetings: MeetingAccess,
  ) {}

  /** My actions (open by default), overdue first since they are earliest due. */
  myActions(
    session: Session,
    status: ActionStatus | null | undefined,
    page: PageRequest,
    overdue = false,
  ): Promise<Connection<ActionModel>> {
    const query = this.visibleActions(session).andWhere('a.owner_user_id = :me', { me: session.actor.userId });
    query.andWhere('a.status = :status', { status: overdue ? ActionStatus.OPEN : (status ?? ActionStatus.OPEN) });
    if (overdue) query.andWhere('a.due_date < :today', { today: dutchDate() });
    return this.page(session, query, page);
  }

  /** How many of my actions are open, and how many of those overdue: counts only, no titles read. */
  async myActionCounts(session: Session): Promise<{ open: number; overdue: number }> {
    const row = await this.visibleActions(session)
      .andWhere('a.owner_user_id = :me', { me: session.actor.userId })
      .andWhere('a.status = :open', { open: ActionStatus.OPEN })
      .select('COUNT(*)::int', 'open')
      .addSelect('(COUNT(*) FILTER (WHERE a.due_date < :today))::int', 'overdue')
      .setParameter('today', dutchDate())
      .getRawOne<{ open: number; overdue: number }>();
    return { open: row?.open ?? 0, overdue: row?.overdue ?? 0 };
  }

  /** May this reader change this action (libs/authz mayChangeAction); false once it is done. */
  mayChange(session: Session, action: { ownerUserId: string; status: ActionStatus }, facts: CaseFacts): boolean {
    return (
      action.status === ActionStatus.OPEN && mayChangeAction(session.actor, session.ability, { ...action, case: facts })
    );
  }

  /** Open actions of the cases the actor may see ("controle op openstaande acties"). */
  openActions(session: Session, filter: ActionFilter, page: PageRequest): Promise<Connection<ActionModel>> {
    const query = this.visibleActions(session).andWhere('a.status = :open', { open: ActionStatus.OPEN });
    if (filter.caseId) query.andWhere('a.case_id = :caseId', { caseId: uuidOrNil(filter.caseId) });
    if (filter.ownerId) query.andWhere('a.owner_user_id = :ownerId', { ownerId: uuidOrNil(filter.ownerId) });
    if (filter.schoolId) {
      // The school is the case's, of its category: the filter matches only where the reader may see it (as the case list does).
      const seen = categoryVisibleSql(session.actor, caseFilterCategory('schoolId'));
      query.andWhere(`(c.school_id = :schoolId AND ${seen.sql})`, {
        schoolId: uuidOrNil(filter.schoolId),
        ...seen.params,
      });
    }
    if (filter.overdue) query.andWhere('a.due_date < :today', { today: dutchDate() });
    return this.page(session, query, page);
  }

  async create(session: Session, input: CreateActionInput): Promise<ActionModel> {
    const { title, dueDate, category } = checkCreateAction(input, dutchDate());
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const facts = await this.access.require(session, input.caseId, 'read', manager);
        const agendaItem = input.agendaItemId
          ? await this.agendaItemOfCase(manager, input.agendaItemId, facts.id)
          : null;
        await this.requireMayManage(session, facts, agendaItem?.meetingId ?? null, manager);
        await this.requireOwnerCanSee(input.ownerId, facts, category, manager);
        const action = await manager.save(
          manager.create(ActionEntity, {
            caseId: facts.id,
            agendaItemId: agendaItem?.id ?? null,
            title,
            category,
            ownerUserId: input.ownerId,
            dueDate,
            createdBy: session.actor.userId,
          }),
        );
        await recordTimeline(manager, session, {
          caseId: facts.id,
          kind: TimelineKind.ACTION_CREATED,
          category,
          params: { title, dueDate },
          actorUserId: session.actor.userId,
          meetingId: agendaItem?.meetingId,
        });
        emitActionChange(emit, action, facts.id);
        return this.toModel(session, action, facts, manager);
      }),
    );
  }

  /** Done by its owner or by the school's coordinators; the note says what was done. */
  async complete(session: Session, id: string, note?: string | null): Promise<ActionModel> {
    const completionNote = checkedNote(note);
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const { action, facts } = await this.lockedAction(session, id, manager);
        if (!mayChangeAction(session.actor, session.ability, { ownerUserId: action.ownerUserId, case: facts })) {
          throw onlyOwnerCompletes();
        }
        if (action.status === ActionStatus.DONE) throw actionAlreadyDone();
        action.status = ActionStatus.DONE;
        action.completionNote = completionNote;
        action.completedAt = new Date();
        await manager.save(action);
        await recordTimeline(manager, session, {
          caseId: facts.id,
          kind: TimelineKind.ACTION_DONE,
          category: action.category,
          params: completionNote
            ? { context: 'withNote', title: action.title, note: completionNote }
            : { title: action.title },
          actorUserId: session.actor.userId,
          fields: completionNote ? ['status', 'completionNote'] : ['status'],
        });
        emitActionChange(emit, action, facts.id);
        return this.toModel(session, action, facts, manager);
      }),
    );
  }

  async reassign(session: Session, id: string, ownerId: string): Promise<ActionModel> {
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const { action, facts } = await this.lockedAction(session, id, manager);
        if (!mayChangeAction(session.actor, session.ability, { ownerUserId: action.ownerUserId, case: facts })) {
          throw onlyOwnerReassigns();
        }
        if (action.status !== ActionStatus.OPEN) throw doneNotReassigned();
        if (ownerId === action.ownerUserId) throw ownerUnchanged();
        await this.requireOwnerCanSee(ownerId, facts, action.category, manager);
        const people = await loadPeople(manager, [ownerId]);
        const previousOwner = action.ownerUserId;
        emit({ kind: LiveEventKind.ACTION_CHANGED, caseId: facts.id, actionId: action.id }, [room.user(previousOwner)]);
        action.ownerUserId = ownerId;
        await manager.save(action);
        await recordTimeline(manager, session, {
          caseId: facts.id,
          kind: TimelineKind.ACTION_REASSIGNED,
          category: action.category,
          params: { owner: people.get(ownerId)?.name ?? '', title: action.title },
          actorUserId: session.actor.userId,
          fields: ['ownerUserId'],
        });
        emitActionChange(emit, action, facts.id);
        return this.toModel(session, action, facts, manager);
      }),
    );
  }

  /** A new deadline (today or later), by the owner or the school's coordinators; the timeline says from when to when. */
  async reschedule(session: Session, id: string, dueDate: string): Promise<ActionModel> {
    const newDueDate = checkNewDueDate(dueDate, dutchDate());
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const { action, facts } = await this.lockedAction(session, id, manager);
        if (!mayChangeAction(session.actor, session.ability, { ownerUserId: action.ownerUserId, case: facts })) {
          throw onlyOwnerReschedules();
        }
        if (action.status !== ActionStatus.OPEN) throw doneNotRescheduled();
        if (action.dueDate === newDueDate) throw dueDateUnchanged();
        const previousDueDate = action.dueDate;
        action.dueDate = newDueDate;
        await manager.save(action);
        await recordTimeline(manager, session, {
          caseId: facts.id,
          kind: TimelineKind.ACTION_RESCHEDULED,
          category: action.category,
          params: { title: action.title, dueDate: newDueDate, previousDueDate },
          actorUserId: session.actor.userId,
          fields: ['dueDate'],
        });
        emitActionChange(emit, action, facts.id);
        return this.toModel(session, action, facts, manager);
      }),
    );
  }

  private visibleActions(session: Session): SelectQueryBuilder<ActionEntity> {
    const access = this.access.sql(session.ability);
    const query = this.dataSource
      .getRepository(ActionEntity)
      .createQueryBuilder('a')
      .innerJoin('case_file', 'c', 'c.id = a.case_id');
    return access ? query.where(access.sql, access.params) : query.where('false');
  }

  private page(
    session: Session,
    query: SelectQueryBuilder<ActionEntity>,
    page: PageRequest,
  ): Promise<Connection<ActionModel>> {
    return paginate(
      query,
      {
        expression: `a.due_date::text`,
        idExpression: 'a.id',
        direction: 'ASC',
        valueOf: (a) => a.dueDate,
        idOf: (a) => a.id,
      },
      page,
      async (actions) => {
        const facts = await this.access.facts(actions.map((a) => a.caseId));
        const people = await loadPeople(
          this.dataSource.manager,
          actions.map((a) => a.ownerUserId),
        );
        const today = dutchDate();
        const authors = await loadOrganisationsOf(
          this.dataSource.manager,
          actions.map((a) => a.createdBy),
        );
        const models = actions.map((a) =>
          toActionModel(a, this.access.reader(session.actor, facts.get(a.caseId)!), people, today, authors),
        );
        // Action titles are pupil data of their category: the read is logged like a case read.
        await audit(
          this.dataSource.manager,
          session,
          actions
            .filter((a, i) => models[i].title !== null)
            .map((a) => ({
              pupilId: facts.get(a.caseId)!.pupilId,
              regionId: facts.get(a.caseId)!.regionId,
              action: AuditAction.READ,
              categories: [a.category],
              subject: `Action:${a.id}`,
            })),
        );
        return models;
      },
    );
  }

  private async toModel(
    session: Session,
    action: ActionEntity,
    facts: CaseFacts,
    manager: EntityManager,
  ): Promise<ActionModel> {
    const people = await loadPeople(manager, [action.ownerUserId]);
    return toActionModel(
      action,
      this.access.reader(session.actor, facts),
      people,
      dutchDate(),
      await loadOrganisationsOf(manager, [action.createdBy]),
    );
  }

  private async lockedAction(session: Session, id: string, manager: EntityManager) {
    if (!isUuid(id)) throw actionNotFound();
    const action = await manager.findOne(ActionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!action) throw actionNotFound();
    const facts = (await this.access.facts([action.caseId], manager)).get(action.caseId)!;
    if (!this.access.can(session.ability, 'read', facts)) throw actionNotFound();
    return { action, facts };
  }

  private async agendaItemOfCase(
    manager: EntityManager,
    agendaItemId: string,
    caseId: string,
  ): Promise<{ id: string; meetingId: string }> {
    const item = await this.agenda.itemOfCase(manager, agendaItemId, caseId);
    if (!item) throw agendaItemOfOtherCase();
    return item;
  }

  /** The school's coordinators, or the chair and participants of the meeting where it is agreed. */
  private async requireMayManage(
    session: Session,
    facts: CaseFacts,
    meetingId: string | null,
    manager: EntityManager,
  ): Promise<void> {
    if (this.access.can(session.ability, 'update', facts)) return;
    if (meetingId && (await this.meetings.takesPart(session, meetingId, manager))) return;
    throw onlyCoordinatorsOrMeeting();
  }

  /** The owner must be able to open the case and read the action's title (libs/authz actionOwnerDecision). */
  private async requireOwnerCanSee(
    ownerId: string,
    facts: CaseFacts,
    category: DataCategory,
    manager: EntityManager,
  ): Promise<void> {
    const owner = isUuid(ownerId) ? await this.actors.load(ownerId, manager) : null;
    const decision = actionOwnerDecision(owner, facts, owner && this.access.reader(owner, facts), category);
    if (decision.allowed) return;
    throw { ownerUnknown, ownerCannotSeeCase, ownerCannotSeeCategory }[decision.reason]();
  }
}

/** The case's room and the owner's own room (their start page) hear of a changed action. */
function emitActionChange(emit: Emit, action: ActionEntity, caseId: string): void {
  emit({ kind: LiveEventKind.ACTION_CHANGED, caseId, actionId: action.id }, [
    room.case(caseId),
    room.user(action.ownerUserId),
  ]);
}
