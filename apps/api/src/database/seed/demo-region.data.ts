import { OrganisationKind, Role, SchoolSector } from '@aanwezig/domain';

/** The fictional demo region of CONTRACT.md. Names and e-mail addresses are part of the contract. */
export const DEMO_REGION_NAME = 'Samenwerkingsverband Kustland VO';

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  sector?: SchoolSector;
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { key: 'baken', name: 'Het Baken College', kind: OrganisationKind.SCHOOL, sector: SchoolSector.VO },
  { key: 'duinzicht', name: 'Duinzicht Lyceum', kind: OrganisationKind.SCHOOL, sector: SchoolSector.VO },
  { key: 'branding', name: 'De Branding', kind: OrganisationKind.SCHOOL, sector: SchoolSector.VSO },
  { key: 'helmgras', name: 'Praktijkschool Helmgras', kind: OrganisationKind.SCHOOL, sector: SchoolSector.VO },
  { key: 'meeuw', name: 'OBS De Meeuw', kind: OrganisationKind.SCHOOL, sector: SchoolSector.PO },
  { key: 'vuurtoren', name: 'Basisschool De Vuurtoren', kind: OrganisationKind.SCHOOL, sector: SchoolSector.PO },
  { key: 'leerplicht', name: 'Gemeente Kustland - Leerplicht', kind: OrganisationKind.MUNICIPALITY },
  // A second municipality of the region: some pupils live there, so its leerplicht hears of them and Kustland's does not.
  { key: 'leerplicht-duinrand', name: 'Gemeente Duinrand - Leerplicht', kind: OrganisationKind.MUNICIPALITY },
  { key: 'ggd', name: 'GGD Kustland - JGZ', kind: OrganisationKind.YOUTH_HEALTH },
  { key: 'jg', name: 'Jeugd en Gezin Kustland', kind: OrganisationKind.YOUTH_CARE },
  { key: 'swv', name: DEMO_REGION_NAME, kind: OrganisationKind.PARTNERSHIP },
];

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  organisation: string;
  /** Further memberships: someone who works for several organisations switches between them. */
  alsoAt?: readonly { role: Role; organisation: string }[];
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'mentor@baken.demo.test', name: 'Sanne de Vries', role: Role.MENTOR, organisation: 'baken' },
  {
    email: 'verzuim@baken.demo.test',
    name: 'Ahmed el Amrani',
    role: Role.ATTENDANCE_COORDINATOR,
    organisation: 'baken',
  },
  { email: 'zorg@baken.demo.test', name: 'Marieke Jansen', role: Role.CARE_COORDINATOR, organisation: 'baken' },
  { email: 'directie@baken.demo.test', name: 'Pieter Bakker', role: Role.SCHOOL_LEADER, organisation: 'baken' },
  { email: 'mentor@duinzicht.demo.test', name: 'Lotte Visser', role: Role.MENTOR, organisation: 'duinzicht' },
  {
    email: 'leerplicht@kustland.demo.test',
    name: 'Joost Smit',
    role: Role.ATTENDANCE_OFFICER,
    organisation: 'leerplicht',
  },
  { email: 'jeugdarts@ggd.demo.test', name: 'Dr. Fatima Yilmaz', role: Role.YOUTH_DOCTOR, organisation: 'ggd' },
  { email: 'consulent@swv.demo.test', name: 'Ellen Mulder', role: Role.PARTNERSHIP_CONSULTANT, organisation: 'swv' },
  { email: 'coach@jg.demo.test', name: 'Kevin de Boer', role: Role.FAMILY_COACH, organisation: 'jg' },
  { email: 'privacy@baken.demo.test', name: 'Ingrid Hendriks', role: Role.PRIVACY_OFFICER, organisation: 'baken' },
  { email: 'beheer@swv.demo.test', name: 'Tom van Dijk', role: Role.ADMIN, organisation: 'swv' },
  // Beside the contract's accounts: a coordinator for every other school, so each has its own SAT.
  {
    email: 'verzuim@duinzicht.demo.test',
    name: 'Noor Bos',
    role: Role.ATTENDANCE_COORDINATOR,
    organisation: 'duinzicht',
  },
  { email: 'zorg@branding.demo.test', name: 'Ruud Meijer', role: Role.CARE_COORDINATOR, organisation: 'branding' },
  {
    email: 'verzuim@helmgras.demo.test',
    name: 'Esther Kok',
    role: Role.ATTENDANCE_COORDINATOR,
    organisation: 'helmgras',
  },
  // An intern begeleider for two primary schools: the demo of working as one membership at a time.
  {
    email: 'ib@meeuw.demo.test',
    name: 'Yvonne de Graaf',
    role: Role.CARE_COORDINATOR,
    organisation: 'meeuw',
    alsoAt: [{ role: Role.CARE_COORDINATOR, organisation: 'vuurtoren' }],
  },
  { email: 'ib@vuurtoren.demo.test', name: 'Hans Peters', role: Role.CARE_COORDINATOR, organisation: 'vuurtoren' },
  {
    email: 'leerplicht@duinrand.demo.test',
    name: 'Wendy Vos',
    role: Role.ATTENDANCE_OFFICER,
    organisation: 'leerplicht-duinrand',
  },
];

/** Pupils whose number ends in one of these digits live in Duinrand; the others in Kustland. */
export const DUINRAND_PUPIL_NUMBER_ENDINGS = ['6'];

/** Every membership of a demo user: the contract's one, then any further ones. */
export function demoMemberships(user: DemoUser): { role: Role; organisation: string }[] {
  return [{ role: user.role, organisation: user.organisation }, ...(user.alsoAt ?? [])];
}

/** Pupils per school in the demo region, and how many of them have a case. */
export const DEMO_SCHOOL_SIZES: Record<string, { pupils: number; cases: number }> = {
  baken: { pupils: 32, cases: 24 },
  duinzicht: { pupils: 14, cases: 10 },
  branding: { pupils: 8, cases: 6 },
  helmgras: { pupils: 8, cases: 6 },
  meeuw: { pupils: 10, cases: 7 },
  vuurtoren: { pupils: 10, cases: 7 },
};
