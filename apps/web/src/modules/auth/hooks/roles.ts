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
