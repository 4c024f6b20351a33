import { subject } from '@casl/ability';
import { CASE_MANAGER_ROLES, DataCategory, type Role } from '@aanwezig/domain';
import type { AppAbility, SubjectShape } from './ability';
import { categoryVisibility, type CaseReader } from './visibility';

/** The fields of a case a person can change with updateCase (the owner with `ownerId`). */
export const CASE_EDITABLE_FIELDS = [
  'category',
  'typology',
  'tier',
  'status',
  'mentorNotes',
  'homeSituation',
  'owner',
] as const;
export type CaseEditableField = (typeof CASE_EDITABLE_FIELDS)[number];

/** The data category a person must see to change each field: nobody changes what they may not read. */
const FIELD_NEEDS: Record<CaseEditableField, readonly DataCategory[]> = {
  category: [DataCategory.CLASSIFICATION],
  typology: [DataCategory.CLASSIFICATION],
  tier: [DataCategory.CLASSIFICATION],
  status: [DataCategory.CLASSIFICATION],
  mentorNotes: [DataCategory.WORRY_AND_NOTES],
  homeSituation: [DataCategory.HOME_SITUATION],
  // The owner is a person of the school: naming one tells which school works on the case.
  owner: [DataCategory.IDENTITY, DataCategory.CLASSIFICATION],
};

/** What a person may do with one case, as the API enforces it and the screen offers it. */
export interface CaseEditRights {
  /** The fields they may change now (none on a closed case: reopen it first). */
  fields: CaseEditableField[];
  /** Close it with its outcome (closeCase). */
  close: boolean;
  /** Reopen it when it is closed (reopenCase). */
  reopen: boolean;
}

/**
 * What `ability` allows on this case: changing it at all needs `update` on the case (the school's
 * coordinators and its leadership); each field also needs its data category visible to the reader (the
 * home situation only for the care coordinator); a closed case changes only by being reopened.
 */
export function caseEditRights(
  ability: AppAbility,
  facts: SubjectShape['Case'],
  reader: CaseReader,
  closed: boolean,
): CaseEditRights {
  const mayUpdate = ability.can('update', subject('Case', { ...facts }));
  if (!mayUpdate) return { fields: [], close: false, reopen: false };
  const sees = (category: DataCategory) => categoryVisibility(reader, category).visible;
  const seesClassification = sees(DataCategory.CLASSIFICATION);
  if (closed) return { fields: [], close: false, reopen: seesClassification };
  return {
    fields: CASE_EDITABLE_FIELDS.filter((field) => FIELD_NEEDS[field].every(sees)),
    close: seesClassification,
    reopen: false,
  };
}

/** The roles at the case's school whose holders may be its owner (the person responsible for it). */
export const CASE_OWNER_ROLES: readonly Role[] = CASE_MANAGER_ROLES;

/**
 * Whether someone with these memberships may own a case of `schoolId`: a coordinator or the leadership
 * of that school, the people who run its follow-up (and so may change the case themselves).
 */
export function mayOwnCase(memberships: readonly { organisationId: string; role: Role }[], schoolId: string): boolean {
  return memberships.some((m) => m.organisationId === schoolId && CASE_OWNER_ROLES.includes(m.role));
}
