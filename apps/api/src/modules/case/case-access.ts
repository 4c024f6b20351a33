import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { DataCategory } from '@aanwezig/domain';
import {
  VISIBILITY_MATRIX,
  type Action,
  type Actor,
  type AppAbility,
  type CaseReader,
  type SubjectShape,
} from '@aanwezig/authz';
import { accessibleSql, type AccessSql, type AttributeSql } from '../../authz/accessible-sql';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { caseNotFound, caseReadOnly } from './case.errors';
import { CaseInvolvementEntity } from './case-involvement.entity';
import { activeConsentsJson, consentCovers, consentCoversSql, type ActiveConsent } from './active-consents';

export type CaseFacts = SubjectShape['Case'] & { id: string; pupilId: string; consents: ActiveConsent[] };

/** SQL for the Case attributes the ability's conditions use, on a case aliased `alias`. */
export function caseAttributeSql(alias: string): AttributeSql<'Case'> {
  return {
    regionId: (p) => `${alias}.region_id = ANY(:${p})`,
    schoolId: (p) => `${alias}.school_id = ANY(:${p})`,
    involvedOrganisationIds: (p) =>
      `EXISTS (SELECT 1 FROM case_involvement ci WHERE ci.case_id = ${alias}.id AND ci.organisation_id = ANY(:${p}))`,
    involvedUserIds: (p) =>
      `EXISTS (SELECT 1 FROM case_involvement ci WHERE ci.case_id = ${alias}.id AND ci.user_id = ANY(:${p}))`,
  };
}

/** A SQL condition with its named parameters (TypeORM query builder style). */
export interface ConditionSql {
  sql: string;
  params: Record<string, unknown>;
}

let parameterCounter = 0;

/**
 * SQL that is true on case `alias` exactly where the field mask would show this actor data of
 * `category` (`categoryVisibility` over `readerFor`): per membership, the visibility matrix's basis,
 * with the case's school, involvement and consents read in the database. Filters and search are ANDed
 * with it, so a shielded value never matches and a filter or a count cannot serve as an oracle.
 */
export function categoryVisibleSql(actor: Actor, category: DataCategory, alias = 'c'): ConditionSql {
  const params: Record<string, unknown> = {};
  const name = (value: unknown) => {
    const key = `visible_${(parameterCounter = (parameterCounter + 1) % 1_000_000)}`;
    params[key] = value;
    return `:${key}`;
  };
  const alternatives = actor.memberships.flatMap((m) => {
    const basis = VISIBILITY_MATRIX[category]?.[m.role] ?? 'NEVER';
    if (basis !== 'ALWAYS' && basis !== 'INVOLVED' && basis !== 'CONSENT') return [];
    const organisation = name(m.organisationId);
    const involved = `EXISTS (SELECT 1 FROM case_involvement ci WHERE ci.case_id = ${alias}.id AND ci.organisation_id = ${organisation})`;
    if (basis === 'INVOLVED') return [involved];
    // The membership counts on the case only at its school or at an involved organisation (readerFor).
    const reaches = `(${alias}.school_id = ${organisation} OR ${involved})`;
    if (basis === 'ALWAYS') return [reaches];
    return [
      `(${reaches} AND ${consentCoversSql(`${alias}.pupil_id`, `${name(category)}::text`, `${organisation}::uuid`)})`,
    ];
  });
  return { sql: alternatives.length > 0 ? `(${alternatives.join(' OR ')})` : 'FALSE', params };
}

/** Who may reach which case, and what they may see of it. The one place cases are gated. */
@Injectable()
export class CaseAccess {
  constructor(private readonly dataSource: DataSource) {}

  /** The condition selecting the cases the actor may `action`, or null when none. */
  sql(ability: AppAbility, action: Action = 'read', alias = 'c'): AccessSql | null {
    return accessibleSql(ability, action, 'Case', caseAttributeSql(alias));
  }

  /** The facts the ability decides on, for several cases in one query. */
  /** The ids of a pupil's cases, newest first (for modules that start from the pupil, as consent does). */
  async caseIdsOfPupil(pupilId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM case_file WHERE pupil_id = $1 ORDER BY created_at DESC`,
      [pupilId],
    );
    return rows.map((r) => r.id);
  }

  async facts(
    caseIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, CaseFacts>> {
    if (caseIds.length === 0) return new Map();
    const cases: { id: string; regionId: string; schoolId: string; pupilId: string; consents: ActiveConsent[] }[] =
      await manager.query(
        `SELECT c.id, c.region_id AS "regionId", c.school_id AS "schoolId", c.pupil_id AS "pupilId", ${activeConsentsJson('c.pupil_id')} AS consents
         FROM case_file c WHERE c.id = ANY($1)`,
        [caseIds],
      );
    const involvements = await manager.find(CaseInvolvementEntity, { where: { caseId: In([...caseIds]) } });
    const facts = new Map<string, CaseFacts>();
    for (const c of cases) facts.set(c.id, { ...c, involvedOrganisationIds: [], involvedUserIds: [] });
    for (const i of involvements) {
      const f = facts.get(i.caseId)!;
      if (!f.involvedOrganisationIds.includes(i.organisationId)) f.involvedOrganisationIds.push(i.organisationId);
      if (i.userId && !f.involvedUserIds.includes(i.userId)) f.involvedUserIds.push(i.userId);
    }
    return facts;
  }

  /**
   * The case's facts if the actor may `action` it. A case the actor may not even read answers exactly
   * like one that does not exist (NOT_FOUND); one they may read but not change is FORBIDDEN.
   */
  async require(
    session: Session,
    caseId: string,
    action: Action = 'read',
    manager?: EntityManager,
  ): Promise<CaseFacts> {
    if (!isUuid(caseId)) throw caseNotFound();
    const facts = (await this.facts([caseId], manager)).get(caseId);
    if (!facts || !this.can(session.ability, 'read', facts)) throw caseNotFound();
    if (action !== 'read' && !this.can(session.ability, action, facts)) {
      throw caseReadOnly();
    }
    return facts;
  }

  can(ability: AppAbility, action: Action, facts: CaseFacts): boolean {
    const { regionId, schoolId, involvedOrganisationIds, involvedUserIds } = facts;
    return ability.can(action, subject('Case', { regionId, schoolId, involvedOrganisationIds, involvedUserIds }));
  }

  /** What this actor brings to this case for the visibility matrix. */
  reader(actor: Actor, facts: CaseFacts): CaseReader {
    return readerFor(actor, {
      organisationIds: [facts.schoolId, ...facts.involvedOrganisationIds],
      involvedOrganisationIds: facts.involvedOrganisationIds,
      consents: facts.consents,
    });
  }
}

/**
 * What an actor brings to a pupil's record: their roles in the organisations that give access to it,
 * which organisations count as involved, and the consents in force (read fresh with the record).
 */
export function readerFor(
  actor: Actor,
  access: {
    organisationIds: readonly string[];
    involvedOrganisationIds: readonly string[];
    consents: readonly ActiveConsent[];
  },
): CaseReader {
  const relevant = new Set(access.organisationIds);
  return {
    roles: actor.memberships
      .filter((m) => relevant.has(m.organisationId))
      .map((m) => ({ role: m.role, organisationId: m.organisationId })),
    involvedOrganisationIds: access.involvedOrganisationIds,
    hasConsent: (category, organisationId) => consentCovers(access.consents, category, organisationId),
  };
}
