import { DataCategory, Role } from '@aanwezig/domain';
import type { Actor } from './actor';
import { PARTNER_ROLES } from './ability';

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
    MENTOR: 'ALWAYS',
    ATTENDANCE_COORDINATOR: 'ALWAYS',
    CARE_COORDINATOR: 'ALWAYS',
    SCHOOL_LEADER: 'ALWAYS',
    ATTENDANCE_OFFICER: 'INVOLVED',
    YOUTH_DOCTOR: 'INVOLVED',
    PARTNERSHIP_CONSULTANT: 'INVOLVED',
    FAMILY_COACH: 'CONSENT',
  },
  UNAUTHORISED_ABSENCE: {
    MENTOR: 'ALWAYS',
    ATTENDANCE_COORDINATOR: 'ALWAYS',
    CARE_COORDINATOR: 'ALWAYS',
    SCHOOL_LEADER: 'ALWAYS',
    ATTENDANCE_OFFICER: 'ALWAYS',
    YOUTH_DOCTOR: 'INVOLVED',
    PARTNERSHIP_CONSULTANT: 'INVOLVED',
    FAMILY_COACH: 'CONSENT',
  },
  ATTENDANCE_SUMMARY: {
    MENTOR: 'ALWAYS',
    ATTENDANCE_COORDINATOR: 'ALWAYS',
    CARE_COORDINATOR: 'ALWAYS',
    SCHOOL_LEADER: 'ALWAYS',
    ATTENDANCE_OFFICER: 'ALWAYS',
    YOUTH_DOCTOR: 'ALWAYS',
    PARTNERSHIP_CONSULTANT: 'INVOLVED',
    FAMILY_COACH: 'CONSENT',
  },
  SICK_LEAVE: {
    MENTOR: 'ALWAYS',
    ATTENDANCE_COORDINATOR: 'ALWAYS',
    CARE_COORDINATOR: 'ALWAYS',
    SCHOOL_LEADER: 'ALWAYS',
    ATTENDANCE_OFFICER: 'CONSENT',
    YOUTH_DOCTOR: 'ALWAYS',
    PARTNERSHIP_CONSULTANT: 'CONSENT',
    FAMILY_COACH: 'CONSENT',
  },
  CLASSIFICATION: {
    MENTOR: 'ALWAYS',
    ATTENDANCE_COORDINATOR: 'ALWAYS',
    CARE_COORDINATOR: 'ALWAYS',
    SCHOOL_LEADER: 'ALWAYS',
    ATTENDANCE_OFFICER: 'ALWAYS',
    YOUTH_DOCTOR: 'ALWAYS',
    PARTNERSHIP_CONSULTANT: 'ALWAYS',
    FAMILY_COACH: 'CONSENT',
  },
  WORRY_AND_NOTES: {
    MENTOR: 'ALWAYS',
    ATTENDANCE_COORDINATOR: 'ALWAYS',
    CARE_COORDINATOR: 'ALWAYS',
    SCHOOL_LEADER: 'ALWAYS',
    ATTENDANCE_OFFICER: 'CONSENT',
    YOUTH_DOCTOR: 'CONSENT',
    PARTNERSHIP_CONSULTANT: 'CONSENT',
    FAMILY_COACH: 'CONSENT',
  },
  HOME_SITUATION: {
    CARE_COORDINATOR: 'ALWAYS',
    ATTENDANCE_OFFICER: 'CONSENT',
    YOUTH_DOCTOR: 'CONSENT',
    PARTNERSHIP_CONSULTANT: 'CONSENT',
    FAMILY_COACH: 'CONSENT',
  },
  DOCTOR_ADVICE: {
    MENTOR: 'CONSENT',
    ATTENDANCE_COORDINATOR: 'CONSENT',
    CARE_COORDINATOR: 'CONSENT',
    SCHOOL_LEADER: 'CONSENT',
    ATTENDANCE_OFFICER: 'CONSENT',
    YOUTH_DOCTOR: 'AUTHOR_ORGANISATION',
    PARTNERSHIP_CONSULTANT: 'CONSENT',
    FAMILY_COACH: 'CONSENT',
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
  /**
   * A general-topic agenda item (see topicReader): there is no pupil, so no organisation is involved and
   * no consent can name it. INVOLVED and CONSENT cells never hold, and neither would help: NOT_PERMITTED.
   */
  noPupil?: boolean;
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
        if (reader.noPupil) break;
        if (reader.involvedOrganisationIds.includes(organisationId)) return { visible: true };
        if (reason === 'NOT_PERMITTED') reason = 'NOT_INVOLVED';
        break;
      case 'AUTHOR_ORGANISATION':
        if (reader.authorOrganisationIds?.includes(organisationId)) return { visible: true };
        break;
      case 'CONSENT':
        if (reader.noPupil) break;
        if (reader.hasConsent(category, organisationId)) return { visible: true };
        reason = 'NO_CONSENT';
        break;
      case 'NEVER':
        break;
    }
  }
  return { visible: false, reason };
}

/**
 * The reader of a general-topic agenda item (an item without a case) of a meeting hosted by
 * `meetingOrganisationId`. Its minutes and decisions still carry a category and follow that row of the
 * matrix (DOMAIN.md: "per section: each section carries its category and follows that row"), read as
 * if the topic were a case of the hosting school that no organisation is involved in and no consent
 * covers, because there is no pupil for either to be about:
 * - the reader's roles at the hosting school count, and their partner roles (partners reach a meeting
 *   only as invited participants, like an involved partner reaches a case);
 * - a cell counts only when it is ALWAYS, or AUTHOR_ORGANISATION for the author's own organisation;
 *   INVOLVED and CONSENT cells never hold there (NOT_PERMITTED: neither involvement nor consent can help);
 * - staff of another school (a mentor of another school invited to the meeting) bring no role to it.
 * So home-situation notes on a topic are for the hosting school's care coordinator only, and leerplicht
 * reads there what it reads on any case it reaches (unauthorised absence, attendance, classification).
 */
export function topicReader(actor: Actor, meetingOrganisationId: string): CaseReader {
  return {
    roles: actor.memberships
      .filter((m) => m.organisationId === meetingOrganisationId || PARTNER_ROLES.includes(m.role))
      .map((m) => ({ role: m.role, organisationId: m.organisationId })),
    involvedOrganisationIds: [],
    hasConsent: () => false,
    noPupil: true,
  };
}

/** Text written on an agenda item (a minutes section, a decision): its category and its author's organisations. */
export interface WrittenText {
  category: DataCategory;
  authorOrganisationIds: readonly string[];
}

export type WriteDecision =
  | { allowed: true }
  /** `previous`: the text to be overwritten or corrected is unreadable; `next`: the text as it would be. */
  | { allowed: false; refused: 'previous' | 'next'; category: DataCategory; reason: ShieldReason };

/**
 * Nobody writes or overwrites a category they may not read. `writer` is the writer's reader on that item
 * (the case's reader, or topicReader for a topic). The write is allowed only when the writer may read the
 * text as it will be (`next`: its category, by its author's organisations; the writer's own for new text),
 * and, when it replaces or corrects existing text (`previous`), may read that as it is now.
 */
export function writeDecision(writer: CaseReader, next: WrittenText, previous?: WrittenText): WriteDecision {
  if (previous) {
    const before = categoryVisibility(
      { ...writer, authorOrganisationIds: previous.authorOrganisationIds },
      previous.category,
    );
    if (!before.visible)
      return { allowed: false, refused: 'previous', category: previous.category, reason: before.reason };
  }
  const after = categoryVisibility({ ...writer, authorOrganisationIds: next.authorOrganisationIds }, next.category);
  if (!after.visible) return { allowed: false, refused: 'next', category: next.category, reason: after.reason };
  return { allowed: true };
}

/** The categories this writer may write new text in on an item (the ones they may read there as its author). */
export function writableCategories(writer: CaseReader, writerOrganisationIds: readonly string[]): DataCategory[] {
  return (Object.values(DataCategory) as DataCategory[]).filter(
    (category) => writeDecision(writer, { category, authorOrganisationIds: writerOrganisationIds }).allowed,
  );
}
