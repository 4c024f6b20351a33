import { DataCategory, Role } from '@aanwezig/domain';

/**
 * The legal basis on which a recipient may see a category of pupil data (DOMAIN.md, "Who may see what").
 * - ALWAYS: whenever the recipient may see the case at all (their own school, or their legal task)
 * - INVOLVED: only while the recipient's organisation is involved in the case
 * - AUTHOR_ORGANISATION: only the organisation that wrote it (jeugdarts advice)
 * - CONSENT: only under an active consent that names this category and the recipient's organisation
 * - NEVER: not on any basis
 */
export type Basis = 'ALWAYS' | 'INVOLVED' | 'AUTHOR_ORGANISATION' | 'CONSENT' | 'NEVER';

export type ShieldReason = 'NO_CONSENT' | 'NOT_INVOLVED' | 'NOT_PERMITTED';

/** The visibility matrix as data: category × recipient role → basis. A missing cell means NEVER. */
export const VISIBILITY_MATRIX: Record<DataCategory, Partial<Record<Role, Basis>>> = {
  IDENTITY: {
    MENTOR: 'ALWAYS', ATTENDANCE_COORDINATOR: 'ALWAYS', CARE_COORDINATOR: 'ALWAYS', SCHOOL_LEADER: 'ALWAYS',
    ATTENDANCE_OFFICER: 'INVOLVED', YOUTH_DOCTOR: 'INVOLVED', PARTNERSHIP_CONSULTANT: 'INVOLVED', FAMILY_COACH: 'CONSENT',
  },
  UNAUTHORISED_ABSENCE: {
    MENTOR: 'ALWAYS', ATTENDANCE_COORDINATOR: 'ALWAYS', CARE_COORDINATOR: 'ALWAYS', SCHOOL_LEADER: 'ALWAYS',
    ATTENDANCE_OFFICER: 'ALWAYS', YOUTH_DOCTOR: 'INVOLVED', PARTNERSHIP_CONSULTANT: 'INVOLVED', FAMILY_COACH: 'CONSENT',
  },
  ATTENDANCE_SUMMARY: {
    MENTOR: 'ALWAYS', ATTENDANCE_COORDINATOR: 'ALWAYS', CARE_COORDINATOR: 'ALWAYS', SCHOOL_LEADER: 'ALWAYS',
    ATTENDANCE_OFFICER: 'ALWAYS', YOUTH_DOCTOR: 'ALWAYS', PARTNERSHIP_CONSULTANT: 'INVOLVED', FAMILY_COACH: 'CONSENT',
  },
  SICK_LEAVE: {
    MENTOR: 'ALWAYS', ATTENDANCE_COORDINATOR: 'ALWAYS', CARE_COORDINATOR: 'ALWAYS', SCHOOL_LEADER: 'ALWAYS',
    ATTENDANCE_OFFICER: 'CONSENT', YOUTH_DOCTOR: 'ALWAYS', PARTNERSHIP_CONSULTANT: 'CONSENT', FAMILY_COACH: 'CONSENT',
  },
  CLASSIFICATION: {
    MENTOR: 'ALWAYS', ATTENDANCE_COORDINATOR: 'ALWAYS', CARE_COORDINATOR: 'ALWAYS', SCHOOL_LEADER: 'ALWAYS',
    ATTENDANCE_OFFICER: 'ALWAYS', YOUTH_DOCTOR: 'ALWAYS', PARTNERSHIP_CONSULTANT: 'ALWAYS', FAMILY_COACH: 'CONSENT',
  },
  WORRY_AND_NOTES: {
    MENTOR: 'ALWAYS', ATTENDANCE_COORDINATOR: 'ALWAYS', CARE_COORDINATOR: 'ALWAYS', SCHOOL_LEADER: 'ALWAYS',
    ATTENDANCE_OFFICER: 'CONSENT', YOUTH_DOCTOR: 'CONSENT', PARTNERSHIP_CONSULTANT: 'CONSENT', FAMILY_COACH: 'CONSENT',
  },
  HOME_SITUATION: {
    CARE_COORDINATOR: 'ALWAYS',
    ATTENDANCE_OFFICER: 'CONSENT', YOUTH_DOCTOR: 'CONSENT', PARTNERSHIP_CONSULTANT: 'CONSENT', FAMILY_COACH: 'CONSENT',
  },
  DOCTOR_ADVICE: {
    MENTOR: 'CONSENT', ATTENDANCE_COORDINATOR: 'CONSENT', CARE_COORDINATOR: 'CONSENT', SCHOOL_LEADER: 'CONSENT',
    ATTENDANCE_OFFICER: 'CONSENT', YOUTH_DOCTOR: 'AUTHOR_ORGANISATION', PARTNERSHIP_CONSULTANT: 'CONSENT', FAMILY_COACH: 'CONSENT',
  },
};

/** What the reader brings to one case: their roles there and the facts that decide the basis. */
export interface CaseReader {
  /** The reader's roles in organisations that give access to this case (own school or involved partner). */
  roles: readonly { role: Role; organisationId: string }[];
  /** Organisations involved in the case. */
  involvedOrganisationIds: readonly string[];
  /** Does an active consent cover this category for this organisation? (Consents come with the privacy work.) */
  hasConsent(category: DataCategory, organisationId: string): boolean;
  /** For records with an author: the organisations the author works for (AUTHOR_ORGANISATION data). */
  authorOrganisationIds?: readonly string[];
}

export type Visibility = { visible: true } | { visible: false; reason: ShieldReason };

/**
 * May this reader see data of this category on this case? Visible when any of the reader's roles
 * gives a basis that holds; otherwise the most helpful reason (consent would help > involvement would
 * help > not permitted at all). Deny by default.
 */
export function categoryVisibility(reader: CaseReader, category: DataCategory): Visibility {
  let reason: ShieldReason = 'NOT_PERMITTED';
  for (const { role, organisationId } of reader.roles) {
    const basis = VISIBILITY_MATRIX[category]?.[role] ?? 'NEVER';
    switch (basis) {
      case 'ALWAYS':
        return { visible: true };
      case 'INVOLVED':
        if (reader.involvedOrganisationIds.includes(organisationId)) return { visible: true };
        if (reason === 'NOT_PERMITTED') reason = 'NOT_INVOLVED';
        break;
      case 'AUTHOR_ORGANISATION':
        if (reader.authorOrganisationIds?.includes(organisationId)) return { visible: true };
        break;
      case 'CONSENT':
        if (reader.hasConsent(category, organisationId)) return { visible: true };
        reason = 'NO_CONSENT';
        break;
      case 'NEVER':
        break;
    }
  }
  return { visible: false, reason };
}
