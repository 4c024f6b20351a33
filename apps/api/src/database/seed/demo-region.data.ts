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
  { key: 'ggd', name: 'GGD Kustland - JGZ', kind: OrganisationKind.YOUTH_HEALTH },
  { key: 'jg', name: 'Jeugd en Gezin Kustland', kind: OrganisationKind.YOUTH_CARE },
  { key: 'swv', name: DEMO_REGION_NAME, kind: OrganisationKind.PARTNERSHIP },
];

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  organisation: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'mentor@baken.demo.test', name: 'Sanne de Vries', role: Role.MENTOR, organisation: 'baken' },
  { email: 'verzuim@baken.demo.test', name: 'Ahmed el Amrani', role: Role.ATTENDANCE_COORDINATOR, organisation: 'baken' },
  { email: 'zorg@baken.demo.test', name: 'Marieke Jansen', role: Role.CARE_COORDINATOR, organisation: 'baken' },
  { email: 'directie@baken.demo.test', name: 'Pieter Bakker', role: Role.SCHOOL_LEADER, organisation: 'baken' },
  { email: 'mentor@duinzicht.demo.test', name: 'Lotte Visser', role: Role.MENTOR, organisation: 'duinzicht' },
  { email: 'leerplicht@kustland.demo.test', name: 'Joost Smit', role: Role.ATTENDANCE_OFFICER, organisation: 'leerplicht' },
  { email: 'jeugdarts@ggd.demo.test', name: 'Dr. Fatima Yilmaz', role: Role.YOUTH_DOCTOR, organisation: 'ggd' },
  { email: 'consulent@swv.demo.test', name: 'Ellen Mulder', role: Role.PARTNERSHIP_CONSULTANT, organisation: 'swv' },
  { email: 'coach@jg.demo.test', name: 'Kevin de Boer', role: Role.FAMILY_COACH, organisation: 'jg' },
  { email: 'privacy@baken.demo.test', name: 'Ingrid Hendriks', role: Role.PRIVACY_OFFICER, organisation: 'baken' },
  { email: 'beheer@swv.demo.test', name: 'Tom van Dijk', role: Role.ADMIN, organisation: 'swv' },
];
