import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DataCategory, MeetingStatus } from '@aanwezig/domain';
import {
  defineAbilityFor,
  organisationsWorkedFor,
  topicReader,
  writeDecision,
  type CaseReader,
  type WrittenText,
} from '@aanwezig/authz';
import { ActorLoader } from '../../core/auth/actor.loader';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import { CaseAccess, type CaseFacts } from '../case/case-access';
import { recordTimeline } from '../case/timeline';
import { TimelineKind } from '../case/timeline-entry.entity';
import { NotificationKind } from '../notification/notification.entity';
import { notify } from '../notification/notify';
import { loadOrganisationsOf, loadPeople } from '../user/people';
import { LiveEventKind, room } from '../../realtime/live-event';
import { LiveEvents, type Emit } from '../../realtime/live-events';
import { AgendaItemEntity } from './agenda-item.entity';
import { AgendaService } from './agenda.service';
import { DecisionEntity } from './decision.entity';
import { decisionBody, minutesBody, type RecordDecisionInput, type RecordMinutesInput } from './dto/minutes.input';
import { MeetingAccess, requireOpen } from './meeting-access';
import {
  agendaItemNotFound,
  categoryUnreadable,
  correctedNotOnItem,
  expectedVersionRequired,
  minutesLockedAdd,
  minutesLockedEdit,
  minutesStale,
  onlyParticipantsTakeMinutes,
  previousUnreadable,
  sectionNotOnItem,
} from './meeting.errors';
import { excerpt, toDecisionModel, toMinutesModel } from './meeting.mapper';
import type { DecisionModel, MinutesSectionModel } from './meeting.model';
import { MinutesSectionEntity } from './minutes-section.entity';

/** What is written at an agenda item: minutes sections (edited by version, corrected once closed) and decisions. */
@Injectable()
export class MinutesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeetingAccess,
    private readonly caseAccess: CaseAccess,
    private readonly agenda: AgendaService,
    private readonly live: LiveEvents,
    private readonly actors: ActorLoader,
  ) {}

  /**
   * Adds or edits a minutes section. Edits name the version they started from; a stale one is a
   * CONFLICT, so nobody's text is silently overwritten. After the meeting closed, minutes are locked:
   * a correction is a new section that points at the one it corrects.
   */
  async recordMinutes(session: Session, input: RecordMinutesInput): Promise<MinutesSectionModel> {
    const body = minutesBody(input);
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const { item, facts, reader, caseFacts } = await this.writableItem(session, input.agendaItemId, manager);
        emitItemChange(emit, LiveEventKind.MINUTES_CHANGED, item);
        const closed = facts.meeting.status === MeetingStatus.CLOSED;
        let section: MinutesSectionEntity;
        if (input.sectionId) {
          if (closed) throw minutesLockedEdit();
          if (input.expectedVersion === undefined || input.expectedVersion === null) throw expectedVersionRequired();
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
            if (!exists) throw sectionNotOnItem();
            throw minutesStale();
          }
          section = await manager.findOneByOrFail(MinutesSectionEntity, { id: input.sectionId });
          if (caseFacts && previous) {
            await audit(manager, session, [
              {
                pupilId: caseFacts.pupilId,
                regionId: caseFacts.regionId,
                action: AuditAction.UPDATE,
                categories: [...new Set([previous.category, section.category])],
                subject: `MinutesSection:${section.id}`,
                fields: previous.category === section.category ? ['body'] : ['category', 'body'],
              },
            ]);
          }
        } else {
          if (closed && !input.correctsSectionId) throw minutesLockedAdd();
          const corrected =
            input.correctsSectionId && isUuid(input.correctsSectionId)
              ? await manager.findOneBy(MinutesSectionEntity, { id: input.correctsSectionId, agendaItemId: item.id })
              : null;
          if (input.correctsSectionId && !corrected) throw correctedNotOnItem();
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
              params: {
                ...(input.correctsSectionId ? { context: 'correction' } : {}),
                meeting: facts.meeting.title,
                excerpt: excerpt(body),
              },
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

  async recordDecision(session: Session, input: RecordDecisionInput): Promise<DecisionModel> {
    const body = decisionBody(input);
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const { item, facts, reader } = await this.writableItem(session, input.agendaItemId, manager);
        requireOpen(facts);
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
            params: { meeting: facts.meeting.title, decision: body },
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
    // A read of the signal module's table (an allowed read): who raised a signal on this case.
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

  private async writableItem(session: Session, agendaItemId: string, manager: EntityManager) {
    const item = isUuid(agendaItemId) ? await manager.findOneBy(AgendaItemEntity, { id: agendaItemId }) : null;
    if (!item) throw agendaItemNotFound();
    const facts = await this.access.require(session, item.meetingId, 'read', manager).catch(() => {
      throw agendaItemNotFound();
    });
    if (!this.access.mayTakeMinutes(session, facts)) throw onlyParticipantsTakeMinutes();
    // A topic has no case: its text follows the categories as libs/authz's topicReader reads them.
    let reader: CaseReader = topicReader(session.actor, facts.organisationId);
    let caseFacts: CaseFacts | null = null;
    if (item.caseId) {
      caseFacts = await this.caseAccess.require(session, item.caseId, 'read', manager).catch(() => {
        throw agendaItemNotFound();
      });
      if (!this.agenda.shows(session, caseFacts)) throw agendaItemNotFound();
      reader = this.caseAccess.reader(session.actor, caseFacts);
    }
    return { item, facts, reader, caseFacts };
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
    const why = item.caseId ? decision.reason : 'TOPIC';
    if (decision.refused === 'previous') throw previousUnreadable(previous!.field, decision.category, why);
    throw categoryUnreadable(what, decision.category, why);
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
