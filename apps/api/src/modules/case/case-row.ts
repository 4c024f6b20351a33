import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { CaseCategory, CaseOutcome, CaseStatus, Typology } from '@aanwezig/domain';
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
  involved_organisation_ids: string[];
  involved_user_ids: string[];
}

/** Cases aliased `c`, selecting a CaseRow; callers add conditions, order and limit. */
export function caseRows(manager: EntityManager): SelectQueryBuilder<CaseEntity> {
  return manager
    .getRepository(CaseEntity)
    .createQueryBuilder('c')
    .innerJoin('pupil', 'p', 'p.id = c.pupil_id')
    .select([
      'c.id AS id', 'c.region_id AS region_id', 'c.school_id AS school_id', 'c.pupil_id AS pupil_id', 'c.category AS category',
      'c.typology AS typology', 'c.tier AS tier', 'c.status AS status', 'c.outcome AS outcome', 'c.worry_flag AS worry_flag',
      'c.mentor_notes AS mentor_notes', 'c.home_situation AS home_situation', 'c.flagged_for_meeting AS flagged_for_meeting',
      'c.created_at AS created_at', 'c.updated_at AS updated_at', 'c.closed_at AS closed_at', 'c.version AS version',
      'p.given_name AS given_name', 'p.family_name AS family_name', 'p.date_of_birth::text AS date_of_birth',
      'p.group_name AS group_name', 'p.pupil_number AS pupil_number',
    ])
    .addSelect('ARRAY(SELECT DISTINCT ci.organisation_id::text FROM case_involvement ci WHERE ci.case_id = c.id)', 'involved_organisation_ids')
    .addSelect('ARRAY(SELECT ci.user_id::text FROM case_involvement ci WHERE ci.case_id = c.id AND ci.user_id IS NOT NULL)', 'involved_user_ids');
}

export function factsOf(row: CaseRow): CaseFacts {
  return {
    id: row.id,
    pupilId: row.pupil_id,
    regionId: row.region_id,
    schoolId: row.school_id,
    involvedOrganisationIds: row.involved_organisation_ids,
    involvedUserIds: row.involved_user_ids,
  };
}
