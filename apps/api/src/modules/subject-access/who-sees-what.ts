import type { EntityManager } from 'typeorm';
import type { DataCategory, OrganisationKind, Role } from '@aanwezig/domain';
import { VISIBILITY_MATRIX, type Basis, type ShieldReason } from '@aanwezig/authz';
import type { CaseFacts } from '../case/case-access';
import { visibilityOverview } from '../case/case-visibility';
import { consentInForceSql } from '../case/active-consents';

/** A consent in force that a category is seen under: its dates, who gave it, for what. */
export interface ConsentGround {
  validFrom: string;
  validUntil: string | null;
  givenByPupil: boolean;
  givenByParents: boolean;
  purpose: string;
}

/** A category one role at one organisation sees now, and the basis that holds. */
export interface CategorySight {
  category: DataCategory;
  basis: Exclude<Basis, 'NEVER'>;
  /** For basis CONSENT: the consents in force that cover it for this organisation. */
  consents: ConsentGround[];
}

/** What one role at one organisation sees of a case now, and what is shielded from it (and why). */
export interface OrganisationSight {
  organisation: { id: string; name: string; kind: OrganisationKind };
  role: Role;
  isSchool: boolean;
  sees: CategorySight[];
  shielded: { category: DataCategory; reason: ShieldReason }[];
}

interface ConsentRow extends ConsentGround {
  categories: DataCategory[];
  organisationIds: string[];
}

/**
 * "Wie ziet wat" of each case with the basis of every visible cell, for the subject-access answer.
 * The rows are `visibilityOverview`'s (the field mask's rule asked for each role at the school and the
 * involved organisations); each row is one role at one organisation, so a visible cell was made visible
 * by exactly that role's cell of the matrix, and that cell is the basis. Consents are read in the same
 * transaction as the facts (the caller's `manager`), with the same in-force rule.
 */
export async function whoSeesWhat(
  manager: EntityManager,
  cases: readonly CaseFacts[],
): Promise<Map<string, OrganisationSight[]>> {
  const overview = await visibilityOverview(manager, cases);
  const pupilIds = [...new Set(cases.map((c) => c.pupilId))];
  const consents: (ConsentRow & { pupilId: string })[] = pupilIds.length
    ? await manager.query(
        `SELECT k.pupil_id AS "pupilId", k.categories, k.organisation_ids AS "organisationIds", k.valid_from::text AS "validFrom", k.valid_until::text AS "validUntil",
                k.given_by_pupil AS "givenByPupil", cardinality(k.guardian_ids) > 0 AS "givenByParents", k.purpose
           FROM consent k WHERE k.pupil_id = ANY($1) AND ${consentInForceSql('k.pupil_id')} ORDER BY k.valid_from, k.created_at`,
        [pupilIds],
      )
    : [];
  const result = new Map<string, OrganisationSight[]>();
  for (const facts of cases) {
    const sights = (overview.get(facts.id) ?? []).map((view): OrganisationSight => {
      const sees: CategorySight[] = [];
      const shielded: OrganisationSight['shielded'] = [];
      for (const cell of view.categories) {
        if (!cell.visible) {
          shielded.push({ category: cell.category, reason: cell.reason ?? 'NOT_PERMITTED' });
          continue;
        }
        const basis = VISIBILITY_MATRIX[cell.category][view.role];
        if (!basis || basis === 'NEVER') throw new Error(`visible without a basis: ${view.role} ${cell.category}`);
        const covering =
          basis === 'CONSENT'
            ? consents
                .filter(
                  (k) =>
                    k.pupilId === facts.pupilId &&
                    k.categories.includes(cell.category) &&
                    k.organisationIds.includes(view.organisation.id),
                )
                .map(({ validFrom, validUntil, givenByPupil, givenByParents, purpose }) => ({
                  validFrom,
                  validUntil,
                  givenByPupil,
                  givenByParents,
                  purpose,
                }))
            : [];
        sees.push({ category: cell.category, basis, consents: covering });
      }
      return {
        organisation: { id: view.organisation.id, name: view.organisation.name, kind: view.organisation.kind },
        role: view.role,
        isSchool: view.organisation.id === facts.schoolId,
        sees,
        shielded,
      };
    });
    result.set(facts.id, sights);
  }
  return result;
}
