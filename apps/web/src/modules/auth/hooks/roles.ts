import { CASE_MANAGER_ROLES } from '@aanwezig/domain';

interface Membership {
  role: string;
  organisation: { id: string; kind: string };
}

/**
 * Whether the user runs a school's follow-up (coordinator or leader): of this school, or of any school.
 * Only to offer what the API would allow; the API decides.
 */
export function managesSchool(me: { memberships: readonly Membership[] } | undefined, schoolId?: string): boolean {
  return Boolean(me?.memberships.some((m) => (schoolId ? m.organisation.id === schoolId : m.organisation.kind === 'SCHOOL') && (CASE_MANAGER_ROLES as readonly string[]).includes(m.role)));
}

/** Who works on cases (the privacy officer and the functional administrator see no case content). */
const CASE_ROLES = ['MENTOR', 'ATTENDANCE_COORDINATOR', 'CARE_COORDINATOR', 'SCHOOL_LEADER', 'ATTENDANCE_OFFICER', 'YOUTH_DOCTOR', 'PARTNERSHIP_CONSULTANT', 'FAMILY_COACH'];
/** Who receives signals (the API routes each signal to some of them). */
const SIGNAL_ROLES = ['MENTOR', 'ATTENDANCE_COORDINATOR', 'CARE_COORDINATOR', 'SCHOOL_LEADER', 'ATTENDANCE_OFFICER'];

export function worksOnCases(me: { memberships: readonly Membership[] } | undefined): boolean {
  return Boolean(me?.memberships.some((m) => CASE_ROLES.includes(m.role)));
}

export function receivesSignals(me: { memberships: readonly Membership[] } | undefined): boolean {
  return Boolean(me?.memberships.some((m) => SIGNAL_ROLES.includes(m.role)));
}
