import { classMentorIdsSql } from '../user/class-mentors';
import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CaseStatus, DataCategory, canChangeStatus, type Role } from '@aanwezig/domain';
import { CASE_OWNER_ROLES, caseEditRights, mayOwnCase, type CaseEditableField } from '@aanwezig/authz';
import type { Session } from '../../core/auth/request-context';
import { InputError } from '../../core/errors/input';
import { isUuid } from '../../core/database/uuid';
import { findOrganisation } from '../organisation/organisations';
import { findPupil } from '../pupil/pupils';
import { isMemberOf } from '../user/people';
import { CaseAccess, type CaseFacts } from './case-access';
import { changedFields, classificationChange } from './case-changes';
import { CaseEvents } from './case-events';
import { insertCase } from './case-opening';
import { countOpenActions } from './case-row';
import {
  alreadyClosed,
  alreadyOpen,
  anotherCaseRunning,
  caseNotFound,
  caseReadOnly,
  closedReopenFirst,
  fieldReadOnly,
  notClosed,
  mayNotOpenForSchool,
  openActionsLeft,
  staleVersion,
  worryFlagForbidden,
} from './case.errors';
import { CaseInvolvementEntity } from './case-involvement.entity';
import { CaseEntity, OPEN_STATUSES } from './case.entity';
import type { CaseEditingModel, CaseModel } from './case.model';
import { CaseService } from './case.service';
import {
  checkCreateCase,
  checkTier,
  homeSituationOf,
  mentorNotesOf,
  noteOf,
  type CloseCaseInput,
  type CreateCaseInput,
  type UpdateCaseInput,
} from './dto/case.input';
import { recordTimeline } from './timeline';
import { TimelineKind } from './timeline-entry.entity';

/**
 * The changes people make to a case through the API: opening it, its classification and notes, closing
 * it, involving an organisation, the worry flag. Each one transaction with its timeline entry, answered
 * with the case as the actor now sees it (CaseService reads it).
 */
@Injectable()
export class CaseEditing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly events: CaseEvents,
    private readonly cases: CaseService,
  ) {}

  /** Opens a case for a pupil; the creator and their school are involved from the start. */
  async create(session: Session, input: CreateCaseInput): Promise<CaseModel> {
    const { actor, ability } = session;
    const { tier, mentorNotes } = checkCreateCase(input);
    return this.dataSource.transaction(async (manager) => {
      const pupil = await findPupil(manager, input.pupilId);
      const [{ mentors } = { mentors: [] }]: { mentors: string[] }[] = pupil
        ? await manager.query(`SELECT ${classMentorIdsSql('p')} AS mentors FROM pupil p WHERE p.id = $1`, [pupil.id])
        : [];
      const allowed =
        pupil &&
        ability.can(
          'read',
          subject('Pupil', { regionId: pupil.regionId, schoolId: pupil.schoolId, mentorUserIds: mentors }),
        );
      if (!pupil || !allowed) throw new InputError('pupilId', 'case.pupilNotFound');
      const creation = {
        regionId: pupil.regionId,
        schoolId: pupil.schoolId,
        involvedOrganisationIds: [pupil.schoolId],
        involvedUserIds: [actor.userId],
      };
      if (!ability.can('create', subject('Case', creation))) throw mayNotOpenForSchool();
      const existing = await manager.findOne(CaseEntity, {
        where: { pupilId: pupil.id, status: In([...OPEN_STATUSES]) },
      });
      if (existing) throw alreadyOpen();

      const entity = await insertCase(manager, actor.userId, {
        regionId: pupil.regionId,
        schoolId: pupil.schoolId,
        pupilId: pupil.id,
        category: input.category ?? null,
        typology: input.typology ?? null,
        tier,
        worryFlag: input.worryFlag ?? false,
        flaggedForMeeting: input.worryFlag ?? false,
        mentorNotes,
      });
      await recordTimeline(manager, session, {
        caseId: entity.id,
        kind: TimelineKind.CASE_CREATED,
        category: DataCategory.CLASSIFICATION,
        params: {},
        actorUserId: actor.userId,
      });
      if (input.worryFlag) {
        await recordTimeline(manager, session, {
          caseId: entity.id,
          kind: TimelineKind.WORRY_FLAG_SET,
          category: DataCategory.WORRY_AND_NOTES,
          params: {},
          actorUserId: actor.userId,
        });
        await this.events.worryFlagSet(manager, {
          regionId: entity.regionId,
          schoolId: entity.schoolId,
          pupilId: entity.pupilId,
          caseId: entity.id,
          raisedBy: actor.userId,
        });
      }
      return this.cases.model(session, entity.id, manager);
    });
  }

  async update(session: Session, id: string, input: UpdateCaseInput): Promise<CaseModel> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.access.require(session, id, 'update', manager);
      const entity = await this.lockedCase(manager, id, input.expectedVersion);
      const reader = this.access.reader(session.actor, facts);
      const rights = caseEditRights(session.ability, facts, reader, entity.status === CaseStatus.CLOSED);
      const before = { ...entity };
      const notes: string[] = [];
      // A closed case changes only by being reopened (reopenCase), even when the change would be none.
      const changes = Object.entries(input).filter(([key, value]) => key !== 'expectedVersion' && value !== undefined);
      if (entity.status === CaseStatus.CLOSED && changes.length > 0) throw closedReopenFirst();
      const asked = (field: CaseEditableField, value: unknown) => {
        if (value === undefined) return false;
        if (rights.fields.includes(field)) return true;
        if (field === 'homeSituation') throw new InputError('homeSituation', 'case.homeSituationCareOnly');
        throw fieldReadOnly(field);
      };

      if (input.status !== undefined && input.status !== null && input.status !== entity.status) {
        // A case is closed by closeCase, which records the outcome; reopened by reopenCase.
        if (input.status === CaseStatus.CLOSED) throw new InputError('status', 'case.closeWithCloseCase');
        asked('status', input.status);
        if (!canChangeStatus(entity.status, input.status)) throw new InputError('status', 'case.noReopen');
        entity.status = input.status;
      }
      if (input.tier !== undefined && input.tier !== null && input.tier !== entity.tier) {
        asked('tier', input.tier);
        entity.tier = checkTier(input.tier);
      }
      if (input.category !== undefined && input.category !== entity.category && asked('category', input.category))
        entity.category = input.category ?? null;
      if (input.typology !== undefined && input.typology !== entity.typology && asked('typology', input.typology))
        entity.typology = input.typology ?? null;
      if (input.flaggedForMeeting !== undefined && input.flaggedForMeeting !== entity.flaggedForMeeting)
        entity.flaggedForMeeting = input.flaggedForMeeting;
      if (asked('mentorNotes', input.mentorNotes)) {
        entity.mentorNotes = mentorNotesOf(input.mentorNotes);
        notes.push('mentorNotes');
      }
      if (asked('homeSituation', input.homeSituation)) {
        entity.homeSituation = homeSituationOf(input.homeSituation);
        notes.push('homeSituation');
      }
      let newOwner: { id: string; name: string } | null = null;
      if (input.ownerId !== undefined && input.ownerId !== (entity.ownerId ?? entity.createdBy)) {
        asked('owner', input.ownerId);
        newOwner = await this.ownerCandidate(manager, input.ownerId, facts.schoolId);
        entity.ownerId = newOwner.id;
      }
      const saved = await manager.save(entity);
      const actorUserId = session.actor.userId;
      const classification = classificationChange(before, saved);
      if (classification) {
        await recordTimeline(manager, session, {
          caseId: id,
          kind: TimelineKind.CASE_UPDATED,
          category: DataCategory.CLASSIFICATION,
          params: classification,
          actorUserId,
          fields: changedFields(before, saved),
        });
      }
      if (notes.includes('mentorNotes')) {
        await recordTimeline(manager, session, {
          caseId: id,
          kind: TimelineKind.CASE_UPDATED,
          category: DataCategory.WORRY_AND_NOTES,
          params: { context: 'mentorNotes' },
          actorUserId,
          fields: ['mentorNotes'],
        });
      }
      if (notes.includes('homeSituation')) {
        await recordTimeline(manager, session, {
          caseId: id,
          kind: TimelineKind.CASE_UPDATED,
          category: DataCategory.HOME_SITUATION,
          params: { context: 'homeSituation' },
          actorUserId,
          fields: ['homeSituation'],
        });
      }
      if (newOwner) {
        await recordTimeline(manager, session, {
          caseId: id,
          kind: TimelineKind.CASE_UPDATED,
          category: DataCategory.CLASSIFICATION,
          params: { context: 'owner', owner: newOwner.name },
          actorUserId,
          fields: ['owner'],
        });
      }
      return this.cases.model(session, saved.id, manager);
    });
  }

  /**
   * Opens a closed case again (the same pupil, its history kept): status open, the outcome cleared.
   * Refused when the pupil has another case running meanwhile (work in that one).
   */
  async reopen(session: Session, id: string): Promise<CaseModel> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.access.require(session, id, 'update', manager);
      const entity = await this.lockedCase(manager, id);
      if (entity.status !== CaseStatus.CLOSED) throw notClosed();
      const rights = caseEditRights(session.ability, facts, this.access.reader(session.actor, facts), true);
      if (!rights.reopen) throw caseReadOnly();
      const running = await manager.findOne(CaseEntity, {
        where: { pupilId: entity.pupilId, status: In([...OPEN_STATUSES]) },
        select: ['id'],
      });
      if (running) throw anotherCaseRunning();
      const outcome = entity.outcome;
      entity.status = CaseStatus.OPEN;
      entity.outcome = null;
      entity.closedAt = null;
      const saved = await manager.save(entity);
      await recordTimeline(manager, session, {
        caseId: id,
        kind: TimelineKind.CASE_UPDATED,
        category: DataCategory.CLASSIFICATION,
        params: { context: 'reopened', outcome: outcome ?? '–' },
        actorUserId: session.actor.userId,
        fields: ['status', 'outcome'],
      });
      return this.cases.model(session, saved.id, manager);
    });
  }

  /** What the actor may change on these cases now (Case.editing), with the people who may be named owner. */
  async rights(session: Session, caseId: string): Promise<CaseEditingModel> {
    const facts = (await this.access.facts([caseId])).get(caseId);
    if (!facts) return { fields: [], close: false, reopen: false, ownerCandidates: [] };
    const [row]: { status: CaseStatus }[] = await this.dataSource.query(`SELECT status FROM case_file WHERE id = $1`, [
      caseId,
    ]);
    const rights = caseEditRights(
      session.ability,
      facts,
      this.access.reader(session.actor, facts),
      row?.status === CaseStatus.CLOSED,
    );
    const ownerCandidates = rights.fields.includes('owner')
      ? await ownerCandidatesOf(this.dataSource.manager, facts.schoolId)
      : [];
    return { ...rights, ownerCandidates };
  }

  /** The person named as owner: active, and a coordinator or the leadership of the case's school. */
  private async ownerCandidate(
    manager: EntityManager,
    userId: string | null | undefined,
    schoolId: string,
  ): Promise<{ id: string; name: string }> {
    if (!userId || !isUuid(userId)) throw new InputError('ownerId', 'case.ownerNotEligible');
    const [person]: { id: string; name: string; memberships: { organisationId: string; role: Role }[] }[] =
      await manager.query(
        `SELECT u.id, u.name, coalesce(json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role))
                  FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
           FROM app_user u LEFT JOIN membership m ON m.user_id = u.id
          WHERE u.id = $1 AND u.active GROUP BY u.id`,
        [userId],
      );
    if (!person || !mayOwnCase(person.memberships, schoolId)) throw new InputError('ownerId', 'case.ownerNotEligible');
    return { id: person.id, name: person.name };
  }

  async close(session: Session, id: string, input: CloseCaseInput): Promise<CaseModel> {
    const note = noteOf(input.note);
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(session, id, 'update', manager);
      const entity = await this.lockedCase(manager, id);
      if (entity.status === CaseStatus.CLOSED) throw alreadyClosed();
      const openActions = await countOpenActions(manager, id);
      if (openActions > 0) throw openActionsLeft(openActions);
      entity.status = CaseStatus.CLOSED;
      entity.outcome = input.outcome;
      entity.closedAt = new Date();
      entity.flaggedForMeeting = false;
      const saved = await manager.save(entity);
      await recordTimeline(manager, session, {
        caseId: id,
        kind: TimelineKind.CASE_CLOSED,
        category: DataCategory.CLASSIFICATION,
        params: note ? { context: 'withNote', outcome: input.outcome, note } : { outcome: input.outcome },
        actorUserId: session.actor.userId,
      });
      return this.cases.model(session, saved.id, manager);
    });
  }

  /** Brings an organisation (and optionally one of its people) into the case. Doing it twice changes nothing. */
  async involveOrganisation(
    session: Session,
    caseId: string,
    organisationId: string,
    userId?: string | null,
  ): Promise<CaseModel> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.access.require(session, caseId, 'update', manager);
      const organisation = isUuid(organisationId)
        ? await findOrganisation(manager, organisationId, facts.regionId)
        : null;
      if (!organisation) throw new InputError('organisationId', 'case.organisationNotInRegion');
      if (userId) {
        const member = isUuid(userId) && (await isMemberOf(manager, userId, organisationId));
        if (!member) throw new InputError('userId', 'case.notAMember', { organisation: organisation.name });
      }
      const existing = await manager.findOneBy(CaseInvolvementEntity, {
        caseId,
        organisationId,
        userId: userId ?? (null as unknown as string),
      });
      if (!existing) {
        await manager.insert(CaseInvolvementEntity, {
          caseId,
          organisationId,
          userId: userId ?? null,
          addedBy: session.actor.userId,
        });
        await manager.update(CaseEntity, { id: caseId }, { updatedAt: () => 'now()' });
        await recordTimeline(manager, session, {
          caseId,
          kind: TimelineKind.ORGANISATION_INVOLVED,
          category: DataCategory.CLASSIFICATION,
          params: { organisation: organisation.name },
          actorUserId: session.actor.userId,
        });
      }
      return this.cases.model(session, caseId, manager);
    });
  }

  /**
   * The teacher's worry flag (zorgenvinkje): set by a mentor involved in the case or by the school's
   * coordinators; setting it also puts the case on the next meeting's suggested agenda.
   */
  async setWorryFlag(session: Session, caseId: string, flag: boolean, note?: string | null): Promise<CaseModel> {
    const text = noteOf(note);
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.access.require(session, caseId, 'read', manager);
      if (!this.mayFlag(session, facts)) throw worryFlagForbidden();
      const entity = await this.lockedCase(manager, caseId);
      if (entity.worryFlag !== flag) {
        entity.worryFlag = flag;
        if (flag) entity.flaggedForMeeting = true;
        await manager.save(entity);
        await recordTimeline(manager, session, {
          caseId,
          kind: flag ? TimelineKind.WORRY_FLAG_SET : TimelineKind.WORRY_FLAG_CLEARED,
          category: DataCategory.WORRY_AND_NOTES,
          params: text ? { context: 'withText', text } : {},
          actorUserId: session.actor.userId,
        });
        if (flag)
          await this.events.worryFlagSet(manager, {
            regionId: entity.regionId,
            schoolId: entity.schoolId,
            pupilId: entity.pupilId,
            caseId,
            raisedBy: session.actor.userId,
          });
      }
      return this.cases.model(session, caseId, manager);
    });
  }

  private mayFlag(session: Session, facts: CaseFacts): boolean {
    return session.ability.can('update', subject('WorryFlag', { regionId: facts.regionId, schoolId: facts.schoolId }));
  }

  /** The case row, locked for this transaction; a stale expected version is a CONFLICT. */
  private async lockedCase(manager: EntityManager, id: string, expectedVersion?: number | null): Promise<CaseEntity> {
    const entity = await manager.findOne(CaseEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!entity) throw caseNotFound();
    if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== entity.version) {
      throw staleVersion();
    }
    return entity;
  }
}

/** The active people of the school who may own its cases (CASE_OWNER_ROLES), by name. */
async function ownerCandidatesOf(manager: EntityManager, schoolId: string): Promise<{ id: string; name: string }[]> {
  return manager.query(
    `SELECT DISTINCT u.id, u.name FROM app_user u JOIN membership m ON m.user_id = u.id
      WHERE m.organisation_id = $1 AND m.role = ANY($2) AND u.active ORDER BY u.name, u.id`,
    [schoolId, [...CASE_OWNER_ROLES]],
  );
}
