import { classMentorIdsSql } from '../user/class-mentors';
import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CaseStatus, DataCategory, canChangeStatus, dutchDate } from '@aanwezig/domain';
import { CASE_FILTER_FIELDS, caseFilterCategory, categoryVisibility, type CaseReader } from '@aanwezig/authz';
import type { Session } from '../../core/auth/request-context';
import { InputError } from '../../core/errors/input';
import { paginate, type Connection, type PageRequest } from '../../core/graphql/pagination';
import { maskFields } from '../../authz/field-mask';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PupilEntity } from '../pupil/pupil.entity';
import { toPupilModel } from '../pupil/pupil.mapper';
import { UserEntity } from '../user/user.entity';
import { isUuid, uuidOrNil } from '../../core/database/uuid';
import { CaseAccess, categoryVisibleSql, type CaseFacts } from './case-access';
import { caseFiles, countOpenActions, factsOf, readCaseRows, type CaseRow } from './case-row';
import { CasePage, lazy } from './case-relations';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import {
  alreadyClosed,
  alreadyOpen,
  caseNotFound,
  mayNotOpenForSchool,
  onlyCoordinatorsOpen,
  openActionsLeft,
  staleVersion,
  worryFlagForbidden,
} from './case.errors';
import { changedFields, classificationChange } from './case-changes';
import { CaseEvents } from './case-events';
import type { CaseModel } from './case.model';
import { CaseInvolvementEntity } from './case-involvement.entity';
import { CaseEntity, OPEN_STATUSES } from './case.entity';
import {
  checkCreateCase,
  checkTier,
  homeSituationOf,
  mentorNotesOf,
  noteOf,
  type CaseFilter,
  type CloseCaseInput,
  type CreateCaseInput,
  type UpdateCaseInput,
} from './dto/case.input';
import { recordTimeline } from './timeline';
import type { MessageParams } from '@aanwezig/messages';
import { TimelineKind } from './timeline-entry.entity';

const DATA_CATEGORIES = Object.values(DataCategory);

/** What `openOrAttach` needs: the pupil and school, and the timeline's parameters for either outcome. */
export interface OpenOrAttachInput {
  regionId: string;
  schoolId: string;
  pupilId: string;
  /** For a new case: whether it goes on the next meeting's suggested agenda. */
  flaggedForMeeting: boolean;
  /** The CASE_CREATED entry's parameters (with a `context` naming the caller's template). */
  opened: { params: MessageParams };
  /** The CASE_UPDATED entry on an existing case: its category and parameters (with a `context`). */
  attached: { category: DataCategory; params: MessageParams };
}

export interface OpenOrAttachResult {
  caseId: string;
  created: boolean;
}

@Injectable()
export class CaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly events: CaseEvents,
  ) {}

  /** The cases the actor may see, filtered in SQL, most recently changed first. */
  async list(session: Session, filter: CaseFilter = {}, page: PageRequest = {}): Promise<Connection<CaseModel>> {
    const access = this.access.sql(session.ability);
    if (!access) return { edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } };
    const manager = this.dataSource.manager;
    const query = caseFiles(manager).where(access.sql, access.params);
    // Every filter on pupil data matches only where the reader may see that value (a shielded value never
    // matches), so neither the list nor its count tells what the mask hides.
    const visible = (
      filterName: keyof typeof CASE_FILTER_FIELDS,
      condition: string,
      params: Record<string, unknown>,
    ) => {
      const seen = categoryVisibleSql(session.actor, caseFilterCategory(filterName));
      query.andWhere(`(${condition} AND ${seen.sql})`, { ...params, ...seen.params });
    };
    if (filter.status?.length) visible('status', 'c.status = ANY(:statuses)', { statuses: filter.status });
    else {
      // By default the open cases; a reader who may not see the status gets every case, so that being listed says nothing of it.
      const seen = categoryVisibleSql(session.actor, caseFilterCategory('status'));
      query.andWhere(`(c.status = ANY(:statuses) OR NOT ${seen.sql})`, {
        statuses: [...OPEN_STATUSES],
        ...seen.params,
      });
    }
    if (filter.category?.length) visible('category', 'c.category = ANY(:categories)', { categories: filter.category });
    if (filter.typology?.length) visible('typology', 'c.typology = ANY(:typologies)', { typologies: filter.typology });
    if (filter.tier?.length) visible('tier', 'c.tier = ANY(:tiers)', { tiers: filter.tier });
    if (filter.schoolId) visible('schoolId', 'c.school_id = :schoolId', { schoolId: uuidOrNil(filter.schoolId) });
    if (filter.actionOwnerId || filter.overdue) {
      const conditions = [`a.case_id = c.id`, `a.status = 'OPEN'`];
      if (filter.actionOwnerId) conditions.push('a.owner_user_id = :actionOwnerId');
      if (filter.overdue) conditions.push('a.due_date < :today');
      query.andWhere(`EXISTS (SELECT 1 FROM case_action a WHERE ${conditions.join(' AND ')})`, {
        actionOwnerId: filter.actionOwnerId ? uuidOrNil(filter.actionOwnerId) : undefined,
        today: dutchDate(),
      });
    }
    const search = filter.search?.trim();
    if (search) {
      visible(
        'search',
        `EXISTS (SELECT 1 FROM pupil p WHERE p.id = c.pupil_id AND (p.given_name || ' ' || p.family_name ILIKE :search OR p.pupil_number = :exact))`,
        { search: `%${search.replace(/[%_\\]/g, '\\$&')}%`, exact: search },
      );
    }
    return paginate<CaseEntity, CaseModel, CaseRow>(
      query,
      {
        expression: `date_trunc('milliseconds', c.updated_at)`,
        idExpression: 'c.id',
        direction: 'DESC',
        valueOf: (c) => c.updated_at.toISOString(),
        idOf: (c) => c.id,
      },
      page,
      (rows) => this.toModels(session, rows),
      (cases, orderBy) => readCaseRows(manager, cases, orderBy),
    );
  }

  async get(session: Session, id: string): Promise<CaseModel> {
    await this.access.require(session, id);
    return this.model(session, id);
  }

  /** The masked model of one case, read inside `manager` (a write's transaction sees its own change). */
  async model(session: Session, id: string, manager: EntityManager = this.dataSource.manager): Promise<CaseModel> {
    const rows = await readCaseRows(manager, caseFiles(manager).where('c.id = :id', { id }));
    return (await this.toModels(session, rows, manager))[0];
  }

  /** Masked models of cases given as entities (callers have checked access already). */
  async modelsOf(
    session: Session,
    cases: { id: string }[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CaseModel[]> {
    if (cases.length === 0) return [];
    const rows = await readCaseRows(
      manager,
      caseFiles(manager).where('c.id = ANY(:ids)', { ids: cases.map((c) => c.id) }),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return this.toModels(
      session,
      cases.map((c) => byId.get(c.id)!),
      manager,
    );
  }

  /** Masked models for case rows the actor may read (callers have filtered by access already). */
  async toModels(
    session: Session,
    rows: CaseRow[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CaseModel[]> {
    if (rows.length === 0) return [];
    const readers = new Map(rows.map((c) => [c.id, this.access.reader(session.actor, factsOf(c))]));
    const page = new CasePage(this.dataSource, new Map(rows.map((c) => [c.id, c])));
    const models = rows.map((c) => {
      const reader = readers.get(c.id)!;
      const school = {
        id: c.school_id,
        regionId: c.region_id,
        name: c.school_name,
        kind: c.school_kind,
        sector: c.school_sector,
      } as OrganisationEntity;
      const pupil = {
        id: c.pupil_id,
        givenName: c.given_name,
        familyName: c.family_name,
        dateOfBirth: c.date_of_birth,
        groupName: c.group_name,
        pupilNumber: c.pupil_number,
      };
      const masked = maskFields(
        'Case',
        {
          id: c.id,
          pupil: toPupilModel(pupil, school),
          school,
          category: c.category,
          typology: c.typology,
          tier: c.tier,
          status: c.status,
          outcome: c.outcome,
          flaggedForMeeting: c.flagged_for_meeting,
          // Read only when asked for, in one query for the whole page.
          involvedOrganisations: lazy(() => page.involvedOrganisations(c.id)),
          worryFlag: c.worry_flag,
          mentorNotes: c.mentor_notes,
          homeSituation: c.home_situation,
          visibility: lazy(() => page.visibility(c.id)),
          nextMeeting: c.next_meeting && { ...c.next_meeting, startsAt: new Date(c.next_meeting.startsAt) },
        },
        reader,
      );
      return page.model(c, reader, masked);
    });
    // Every read of pupil data is logged, with the categories this reader may see on the case.
    await audit(
      manager,
      session,
      rows.map((c) => {
        const reader = readers.get(c.id)!;
        return {
          pupilId: c.pupil_id,
          regionId: c.region_id,
          action: AuditAction.READ,
          categories: DATA_CATEGORIES.filter((k) => visibleTo(reader, k)),
          subject: `Case:${c.id}`,
          reader,
        };
      }),
    );
    return models;
  }

  /** Opens a case for a pupil; the creator and their school are involved from the start. */
  async create(session: Session, input: CreateCaseInput): Promise<CaseModel> {
    const { actor, ability } = session;
    const { tier, mentorNotes } = checkCreateCase(input);
    return this.dataSource.transaction(async (manager) => {
      const pupil = await manager.findOneBy(PupilEntity, { id: input.pupilId });
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

      const entity = await this.insertCase(manager, session, {
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
      return this.model(session, entity.id, manager);
    });
  }

  /**
   * The pupil's open case, or a new one opened by the actor (for a signal being handled): one change in
   * the caller's transaction. The actor must be allowed to open a case for the school either way (as
   * `create` requires: the school and the actor involved). The timeline says where the case came from
   * (CASE_CREATED with `opened.params`) or what was added to it (CASE_UPDATED in `attached.category`
   * with `attached.params`); the caller's params name a context for its own template.
   */
  async openOrAttach(manager: EntityManager, session: Session, input: OpenOrAttachInput): Promise<OpenOrAttachResult> {
    const { actor, ability } = session;
    const creation = {
      regionId: input.regionId,
      schoolId: input.schoolId,
      involvedOrganisationIds: [input.schoolId],
      involvedUserIds: [actor.userId],
    };
    if (!ability.can('create', subject('Case', creation))) throw onlyCoordinatorsOpen();
    const open = await manager.findOne(CaseEntity, {
      where: { pupilId: input.pupilId, status: In([...OPEN_STATUSES]) },
      select: ['id'],
    });
    if (open) {
      await recordTimeline(manager, session, {
        caseId: open.id,
        kind: TimelineKind.CASE_UPDATED,
        category: input.attached.category,
        params: input.attached.params,
        actorUserId: actor.userId,
      });
      return { caseId: open.id, created: false };
    }
    const entity = await this.insertCase(manager, session, {
      regionId: input.regionId,
      schoolId: input.schoolId,
      pupilId: input.pupilId,
      tier: 1,
      flaggedForMeeting: input.flaggedForMeeting,
    });
    await recordTimeline(manager, session, {
      caseId: entity.id,
      kind: TimelineKind.CASE_CREATED,
      category: DataCategory.CLASSIFICATION,
      params: input.opened.params,
      actorUserId: actor.userId,
    });
    return { caseId: entity.id, created: true };
  }

  /**
   * Takes cases off the "next meeting" list (a meeting that discussed them was held), in the caller's
   * transaction: the meeting module asks, the case module writes its table.
   */
  async clearMeetingFlags(manager: EntityManager, caseIds: readonly string[]): Promise<void> {
    if (caseIds.length === 0) return;
    await manager.update(CaseEntity, { id: In([...caseIds]) }, { flaggedForMeeting: false });
  }

  /** A new open case with the school and the actor involved from the start. */
  private async insertCase(
    manager: EntityManager,
    session: Session,
    fields: Pick<CaseEntity, 'regionId' | 'schoolId' | 'pupilId' | 'tier' | 'flaggedForMeeting'> &
      Partial<Pick<CaseEntity, 'category' | 'typology' | 'worryFlag' | 'mentorNotes'>>,
  ): Promise<CaseEntity> {
    const userId = session.actor.userId;
    const entity = await manager.save(manager.create(CaseEntity, { ...fields, createdBy: userId }));
    await manager.insert(CaseInvolvementEntity, [
      { caseId: entity.id, organisationId: fields.schoolId, userId: null, addedBy: userId },
      { caseId: entity.id, organisationId: fields.schoolId, userId, addedBy: userId },
    ]);
    return entity;
  }

  async update(session: Session, id: string, input: UpdateCaseInput): Promise<CaseModel> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.access.require(session, id, 'update', manager);
      const entity = await this.lockedCase(manager, id, input.expectedVersion);
      const reader = this.access.reader(session.actor, facts);
      const before = { ...entity };
      const notes: string[] = [];

      if (input.status !== undefined && input.status !== null && input.status !== entity.status) {
        // A case is closed by closeCase, which records the outcome.
        if (input.status === CaseStatus.CLOSED) throw new InputError('status', 'case.closeWithCloseCase');
        if (!canChangeStatus(entity.status, input.status)) throw new InputError('status', 'case.noReopen');
        entity.status = input.status;
      }
      if (input.tier !== undefined && input.tier !== null && input.tier !== entity.tier) {
        entity.tier = checkTier(input.tier);
      }
      if (input.category !== undefined && input.category !== entity.category) entity.category = input.category ?? null;
      if (input.typology !== undefined && input.typology !== entity.typology) entity.typology = input.typology ?? null;
      if (input.flaggedForMeeting !== undefined && input.flaggedForMeeting !== entity.flaggedForMeeting)
        entity.flaggedForMeeting = input.flaggedForMeeting;
      if (input.mentorNotes !== undefined) {
        entity.mentorNotes = mentorNotesOf(input.mentorNotes);
        notes.push('mentorNotes');
      }
      if (input.homeSituation !== undefined) {
        if (!visibleTo(reader, DataCategory.HOME_SITUATION))
          throw new InputError('homeSituation', 'case.homeSituationCareOnly');
        entity.homeSituation = homeSituationOf(input.homeSituation);
        notes.push('homeSituation');
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
      return this.model(session, saved.id, manager);
    });
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
      return this.model(session, saved.id, manager);
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
        ? await manager.findOneBy(OrganisationEntity, { id: organisationId, regionId: facts.regionId })
        : null;
      if (!organisation) throw new InputError('organisationId', 'case.organisationNotInRegion');
      if (userId) {
        const member = isUuid(userId)
          ? await manager.findOne(UserEntity, {
              where: { id: userId, memberships: { organisationId } },
              relations: { memberships: true },
            })
          : null;
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
      return this.model(session, caseId, manager);
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
      return this.model(session, caseId, manager);
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

function visibleTo(reader: CaseReader, category: DataCategory): boolean {
  return categoryVisibility(reader, category).visible;
}
