import { CASE_MANAGER_ROLES, DataCategory, OrganisationKind, Role } from '@aanwezig/domain';
import { organisationsWorkedFor, type Actor } from './actor';

/**
 * Who holds each category's data, and so is the only one to record a consent that discloses it
 * (DOMAIN.md: "A consent is recorded by the organisation that holds the data it discloses (the school for
 * school data, the GGD for its advice). A recipient never records a consent that widens its own access."):
 * the pupil's school for everything the school registers and writes, the GGD for the jeugdarts's advice.
 */
export const CONSENT_HOLDER: Record<DataCategory, OrganisationKind> = {
  IDENTITY: OrganisationKind.SCHOOL,
  UNAUTHORISED_ABSENCE: OrganisationKind.SCHOOL,
  ATTENDANCE_SUMMARY: OrganisationKind.SCHOOL,
  SICK_LEAVE: OrganisationKind.SCHOOL,
  CLASSIFICATION: OrganisationKind.SCHOOL,
  WORRY_AND_NOTES: OrganisationKind.SCHOOL,
  HOME_SITUATION: OrganisationKind.SCHOOL,
  DOCTOR_ADVICE: OrganisationKind.YOUTH_HEALTH,
};

/** Who records consents for the holder: the school's coordinators and directie; the GGD's jeugdartsen. */
export const CONSENT_RECORDER_ROLES: Partial<Record<OrganisationKind, readonly Role[]>> = {
  SCHOOL: CASE_MANAGER_ROLES,
  YOUTH_HEALTH: [Role.YOUTH_DOCTOR],
};

/** The facts of the pupil's case that decide who records consents for it. */
export interface ConsentCase {
  schoolId: string;
  involvedOrganisationIds: readonly string[];
}

/**
 * The organisations through which this actor holds `category` of this pupil: the pupil's school for
 * school data; for the jeugdarts's advice, a GGD involved in the case (its advice is written there).
 */
export function consentHoldersFor(actor: Actor, facts: ConsentCase, category: DataCategory): string[] {
  const holder = CONSENT_HOLDER[category];
  const roles = CONSENT_RECORDER_ROLES[holder] ?? [];
  const held = (organisationId: string) =>
    holder === OrganisationKind.SCHOOL
      ? organisationId === facts.schoolId
      : facts.involvedOrganisationIds.includes(organisationId);
  return actor.memberships
    .filter((m) => m.organisationKind === holder && roles.includes(m.role) && held(m.organisationId))
    .map((m) => m.organisationId);
}

/** What this actor may record on this case: the categories they hold, and the recipients they may never name. */
export interface ConsentRecording {
  categories: DataCategory[];
  /** Every organisation the actor works for (through any membership, also one they are not acting as now). */
  excludedRecipientIds: string[];
}

export function consentRecording(actor: Actor, facts: ConsentCase): ConsentRecording {
  return {
    categories: (Object.values(DataCategory) as DataCategory[]).filter(
      (c) => consentHoldersFor(actor, facts, c).length > 0,
    ),
    excludedRecipientIds: organisationsWorkedFor(actor),
  };
}

/** May this actor record (and withdraw) consents on this case at all: do they hold any of its data? */
export function mayManageConsents(actor: Actor, facts: ConsentCase): boolean {
  return consentRecording(actor, facts).categories.length > 0;
}

export type ConsentRecordDecision =
  | { allowed: true }
  /** The actor holds none of this pupil's data: they record no consent at all. */
  | { allowed: false; field: null }
  /** A category the actor's organisation does not hold: only `holder` records it. */
  | { allowed: false; field: 'categories'; category: DataCategory; holder: OrganisationKind }
  /** A recipient the actor works for: the consent would widen their own access. */
  | { allowed: false; field: 'organisationIds'; organisationId: string };

/**
 * May this actor record a consent disclosing `categories` of this pupil to `organisationIds`? Only the
 * organisation holding each category records it, and never for an organisation the recorder works for
 * (through any of their memberships): a recipient never records a consent that widens its own access,
 * and the holder needs no consent for its own data.
 */
export function consentRecordDecision(
  actor: Actor,
  facts: ConsentCase,
  request: { categories: readonly DataCategory[]; organisationIds: readonly string[] },
): ConsentRecordDecision {
  const may = consentRecording(actor, facts);
  if (may.categories.length === 0) return { allowed: false, field: null };
  const category = request.categories.find((c) => !may.categories.includes(c));
  if (category) return { allowed: false, field: 'categories', category, holder: CONSENT_HOLDER[category] };
  const own = request.organisationIds.find((id) => may.excludedRecipientIds.includes(id));
  if (own) return { allowed: false, field: 'organisationIds', organisationId: own };
  return { allowed: true };
}
