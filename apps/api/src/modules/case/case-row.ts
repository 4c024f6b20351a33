import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type {
  ActionStatus,
  CaseCategory,
  CaseOutcome,
  CaseStatus,
  DataCategory,
  OrganisationKind,
  SchoolSector,
  Typology,
} from '@aanwezig/domain';
import { activeConsentsJson, type ActiveConsent } from './active-consents';
import { preparedQuery } from '../../core/database/prepared';
import type { CaseFacts } from './case-access';
import { CaseEntity } from './case.entity';

/** One case with its pupil and involvement, read as a plain row (lists are hot paths; see readCaseRows). */
export interface CaseRow {
  id: string;
  region_id: string;
  school_id: string;
  pupil_id: string;
  category: CaseCategory | null;
  typology: Typology | null;
  tier: number;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  worry_flag: boolean;
  mentor_notes: string | null;
  home_situation: string | null;
  flagged_for_meeting: boolean;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
  version: number;
  /** The person responsible (the one who opened it until someone else is named). */
  owner: { id: string; name: string } | null;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  group_name: string;
  pupil_number: string;
  school_name: string;
  school_kind: OrganisationKind;
  school_sector: SchoolSector | null;
  involvement: {
    organisationIds: string[];
    userIds: string[];
  };
  /** Open actions with their owners' names, earliest due first. */
  open_actions: OpenActionJson[];
  next_meeting: { id: string; title: string; startsAt: string } | null;
  active_consents: ActiveConsent[];
}

export interface OpenActionJson {
  id: string;
  caseId: string;
  agendaItemId: string | null;
  title: string;
  category: DataCategory;
  ownerUserId: string;
  ownerName: string;
  dueDate: string;
  status: ActionStatus;
  completionNote: string | null;
  completedAt: string | null;
  createdBy: string;
  createdAt: string;
  createdByOrganisations: string[];
}

/**
 * The cases to read, aliased `c`: callers add conditions (and a page's order and limit), then
 * `readCaseRows` reads them with everything a case model needs.
 */
export function caseFiles(manager: EntityManager): SelectQueryBuilder<CaseEntity> {
  return manager.getRepository(CaseEntity).createQueryBuilder('c').select('c.*');
}

/**
 * The hot fields of the case list: open actions (case_action) and the next meeting (agenda_item,
 * meeting) are read here with the case rows, in the one query the case-list benchmark measures, though
 * those tables belong to the action and meeting modules (allowed reads). The action module's
 * Case.openActions maps the raw rows (CaseModel.openActionRows); nextMeeting stays a case field.
 *
 * Reads the cases `cases` selects as CaseRows in one round trip: each with its pupil and school, who
 * is involved (ids; names are read when asked for), its open actions with their owners, the pupil's
 * consents in force and the next meeting. The cases are chosen first; their involvement, actions and
 * meetings are then aggregated for all of them at once (set-based: per-row sub-selects cost
 * PostgreSQL twice as much on a page of 50). `orderBy` is over the case columns, aliased `c`.
 */
export function readCaseRows(
  manager: EntityManager,
  cases: SelectQueryBuilder<CaseEntity>,
  orderBy = 'c.id',
): Promise<CaseRow[]> {
  const [casesSql, parameters] = cases.getQueryAndParameters();
  return preparedQuery<CaseRow>(manager, caseRowsSql(casesSql, orderBy), parameters);
}

function caseRowsSql(casesSql: string, orderBy: string): string {
  return `
    WITH page AS MATERIALIZED (${casesSql}),
    involvement AS (
      SELECT ci.case_id, json_build_object(
               'organisationIds', array_agg(DISTINCT ci.organisation_id),
               'userIds', coalesce(array_agg(DISTINCT ci.user_id) FILTER (WHERE ci.user_id IS NOT NULL), '{}')) AS involvement
        FROM case_involvement ci WHERE ci.case_id IN (SELECT id FROM page) GROUP BY ci.case_id
    ),
    open_actions AS (
      SELECT a.case_id, json_agg(json_build_object('id', a.id, 'caseId', a.case_id, 'agendaItemId', a.agenda_item_id, 'title', a.title,
               'category', a.category, 'ownerUserId', a.owner_user_id, 'ownerName', u.name, 'dueDate', a.due_date, 'status', a.status,
               'completionNote', a.completion_note, 'completedAt', a.completed_at, 'createdBy', a.created_by, 'createdAt', a.created_at,
               'createdByOrganisations', (SELECT coalesce(array_agg(m.organisation_id), '{}') FROM membership m WHERE m.user_id = a.created_by))
               ORDER BY a.due_date, a.id) AS open_actions
        FROM case_action a JOIN app_user u ON u.id = a.owner_user_id
       WHERE a.case_id IN (SELECT id FROM page) AND a.status = 'OPEN' GROUP BY a.case_id
    ),
    next_meeting AS (
      SELECT DISTINCT ON (ai.case_id) ai.case_id, json_build_object('id', m.id, 'title', m.title, 'startsAt', m.starts_at) AS next_meeting
        FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
       WHERE ai.case_id IN (SELECT id FROM page) AND m.status = 'PLANNED' AND m.starts_at >= now()
       ORDER BY ai.case_id, m.starts_at
    )
    SELECT c.id, c.region_id, c.school_id, c.pupil_id, c.category, c.typology, c.tier, c.status, c.outcome, c.worry_flag,
           c.mentor_notes, c.home_situation, c.flagged_for_meeting, c.created_at, c.updated_at, c.closed_at, c.version,
           (SELECT json_build_object('id', o.id, 'name', o.name) FROM app_user o WHERE o.id = coalesce(c.owner_id, c.created_by)) AS owner,
           p.given_name, p.family_name, p.date_of_birth::text AS date_of_birth, p.group_name, p.pupil_number,
           s.name AS school_name, s.kind AS school_kind, s.sector AS school_sector,
           coalesce(i.involvement, '{"organisationIds": [], "userIds": []}') AS involvement,
           coalesce(a.open_actions, '[]') AS open_actions,
           ${activeConsentsJson('c.pupil_id')} AS active_consents,
           nm.next_meeting
      FROM page c
      JOIN pupil p ON p.id = c.pupil_id
      JOIN organisation s ON s.id = c.school_id
      LEFT JOIN involvement i ON i.case_id = c.id
      LEFT JOIN open_actions a ON a.case_id = c.id
      LEFT JOIN next_meeting nm ON nm.case_id = c.id
     ORDER BY ${orderBy}`;
}

/** How many open actions a case has (closing waits for them); with the open-action rows, case's one read of case_action. */
export async function countOpenActions(manager: EntityManager, caseId: string): Promise<number> {
  const [{ count }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM case_action WHERE case_id = $1 AND status = 'OPEN'`,
    [caseId],
  );
  return count;
}

export function factsOf(row: CaseRow): CaseFacts {
  return {
    id: row.id,
    pupilId: row.pupil_id,
    regionId: row.region_id,
    schoolId: row.school_id,
    involvedOrganisationIds: row.involvement.organisationIds,
    involvedUserIds: row.involvement.userIds,
    consents: row.active_consents,
  };
}
