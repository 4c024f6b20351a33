import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DataCategory, dutchDate } from '@aanwezig/domain';
import { CASE_FILTER_FIELDS, caseFilterCategory, categoryVisibility, type CaseReader } from '@aanwezig/authz';
import type { MessageParams } from '@aanwezig/messages';
import type { Session } from '../../core/auth/request-context';
import { paginate, type Connection, type PageRequest } from '../../core/graphql/pagination';
import { maskFields } from '../../authz/field-mask';
import { toPupilModel } from '../pupil/pupil.mapper';
import { uuidOrNil } from '../../core/database/uuid';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import { CaseAccess, categoryVisibleSql } from './case-access';
import { insertCase } from './case-opening';
import { CasePage, lazy } from './case-relations';
import { caseFiles, factsOf, readCaseRows, type CaseRow } from './case-row';
import { onlyCoordinatorsOpen } from './case.errors';
import { CaseEntity, OPEN_STATUSES } from './case.entity';
import type { CaseModel } from './case.model';
import type { CaseFilter } from './dto/case.input';
import { recordTimeline } from './timeline';
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

/**
 * Reading cases (the list, one case, the masked models other modules show) and what other modules ask
 * of the case module (a signal's case, the meeting flags). The changes people make are CaseEditing's.
 */
@Injectable()
export class CaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
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
      };
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
          owner: c.owner,
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
    const entity = await insertCase(manager, session.actor.userId, {
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
}

function visibleTo(reader: CaseReader, category: DataCategory): boolean {
  return categoryVisibility(reader, category).visible;
}
