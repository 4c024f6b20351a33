/** A membership's role. Authority comes from membership + role + involvement + consent, never the role alone. */
export const Role = {
  MENTOR: 'MENTOR',
  ATTENDANCE_COORDINATOR: 'ATTENDANCE_COORDINATOR',
  CARE_COORDINATOR: 'CARE_COORDINATOR',
  SCHOOL_LEADER: 'SCHOOL_LEADER',
  ATTENDANCE_OFFICER: 'ATTENDANCE_OFFICER',
  YOUTH_DOCTOR: 'YOUTH_DOCTOR',
  PARTNERSHIP_CONSULTANT: 'PARTNERSHIP_CONSULTANT',
  FAMILY_COACH: 'FAMILY_COACH',
  PRIVACY_OFFICER: 'PRIVACY_OFFICER',
  ADMIN: 'ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const SCHOOL_STAFF_ROLES: readonly Role[] = [
  Role.MENTOR,
  Role.ATTENDANCE_COORDINATOR,
  Role.CARE_COORDINATOR,
  Role.SCHOOL_LEADER,
];

/** School roles that run the attendance follow-up and see all of their school's cases. */
export const CASE_MANAGER_ROLES: readonly Role[] = [
  Role.ATTENDANCE_COORDINATOR,
  Role.CARE_COORDINATOR,
  Role.SCHOOL_LEADER,
];

/** Dutch labels as shown on screen (glossary of DOMAIN.md). */
export const ROLE_LABEL_NL: Record<Role, string> = {
  MENTOR: 'Mentor',
  ATTENDANCE_COORDINATOR: 'Verzuimcoördinator',
  CARE_COORDINATOR: 'Zorgcoördinator',
  SCHOOL_LEADER: 'Directie',
  ATTENDANCE_OFFICER: 'Leerplichtambtenaar',
  YOUTH_DOCTOR: 'Jeugdarts',
  PARTNERSHIP_CONSULTANT: 'Consulent passend onderwijs',
  FAMILY_COACH: 'J&G-coach',
  PRIVACY_OFFICER: 'Privacyfunctionaris',
  ADMIN: 'Functioneel beheerder',
};
