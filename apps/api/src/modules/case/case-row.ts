import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { ActionStatus, CaseCategory, CaseOutcome, CaseStatus, DataCategory, OrganisationKind, SchoolSector, Typology } from '@aanwezig/domain';
import { activeConsentsJson, type ActiveConsent } from '../consent/active-consents';
import type { CaseFacts } from './case-access';
import { CaseEntity } from './case.entity';

/** One case with its pupil and involvement, read as a plain row in one query (lists are hot paths). */
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
 * Cases aliased `c`, selecting a CaseRow: the case, its pupil and school, who is involved, its open
 * actions and next meeting, all in one round trip (a page of cases is the hottest read there is).
 * Callers add conditions, order and limit.
 */
export function caseRows(manager: EntityManager): SelectQueryBuilder<CaseEntity> {
  return manager
    .getRepository(CaseEntity)
    .createQueryBuilder('c')
    .innerJoin('pupil', 'p', 'p.id = c.pupil_id')
    .innerJoin('organisation', 's', 's.id = c.school_id')
    .select([
      'c.id AS id', 'c.region_id AS region_id', 'c.school_id AS school_id', 'c.pupil_id AS pupil_id', 'c.category AS category',
      'c.typology AS typology', 'c.tier AS tier', 'c.status AS status', 'c.outcome AS outcome', 'c.worry_flag AS worry_flag',
      'c.mentor_notes AS mentor_notes', 'c.home_situation AS home_situation', 'c.flagged_for_meeting AS flagged_for_meeting',
      'c.created_at AS created_at', 'c.updated_at AS updated_at', 'c.closed_at AS closed_at', 'c.version AS version',
      'p.given_name AS given_name', 'p.family_name AS family_name', 'p.date_of_birth::text AS date_of_birth',
      'p.group_name AS group_name', 'p.pupil_number AS pupil_number',
      's.name AS school_name', 's.kind AS school_kind', 's.sector AS school_sector',
    ])
    // Who is involved, in one pass over the case's involvement rows (ids: names are read when asked for).
    .addSelect(
      `(SELECT json_build_object(
           'organisationIds', coalesce(array_agg(DISTINCT ci.organisation_id), '{}'),
           'userIds', coalesce(array_agg(DISTINCT ci.user_id) FILTER (WHERE ci.user_id IS NOT NULL), '{}'))
          FROM case_involvement ci WHERE ci.case_id = c.id)`,
      'involvement',
    )
    .addSelect(
      `(SELECT coalesce(json_agg(json_build_object('id', a.id, 'caseId', a.case_id, 'agendaItemId', a.agenda_item_id, 'title', a.title,
              'category', a.category, 'ownerUserId', a.owner_user_id, 'ownerName', u.name, 'dueDate', a.due_date, 'status', a.status,
              'completionNote', a.completion_note, 'completedAt', a.completed_at, 'createdBy', a.created_by, 'createdAt', a.created_at,
              'createdByOrganisations', (SELECT coalesce(array_agg(m.organisation_id), '{}') FROM membership m WHERE m.user_id = a.created_by))
              ORDER BY a.due_date, a.id), '[]')
          FROM case_action a JOIN app_user u ON u.id = a.owner_user_id WHERE a.case_id = c.id AND a.status = 'OPEN')`,
      'open_actions',
    )
    .addSelect(activeConsentsJson('c.pupil_id'), 'active_consents')
    .addSelect(
      `(SELECT json_build_object('id', m.id, 'title', m.title, 'startsAt', m.starts_at)
          FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
         WHERE ai.case_id = c.id AND m.status = 'PLANNED' AND m.starts_at >= now()
         ORDER BY m.starts_at LIMIT 1)`,
      'next_meeting',
    );
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
