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

/** Given names of the demo parents (fictional), by how they are addressed. */
const PARENT_GIVEN = {
  MRS: ['Anna', 'Fatima', 'Linda', 'Sanne', 'Marloes', 'Esra', 'Ingrid', 'Priya', 'Kim', 'Hanneke', 'Nadia', 'Wendy'],
  MR: ['Pieter', 'Mehmet', 'Jeroen', 'Rachid', 'Bas', 'Tom', 'Erik', 'Youssef', 'Mark', 'Dennis', 'Arjen', 'Sander'],
} as const;
/** Family names a mother may keep of her own (the father's is the pupil's). */
const PARENT_FAMILY = ['Jansen', 'de Wit', 'van der Meer', 'Bakker', 'Öztürk', 'Koster', 'El Amrani', 'Verhoeven'];
const STREETS = ['Duinweg', 'Zeestraat', 'Helmgrasstraat', 'Strandlaan', 'Vuurtorenplein', 'Meeuwenlaan', 'Havenkade'];
/** The towns of the demo's two municipalities (Kustland and Duinrand), with their postal code ranges. */
const TOWNS: Record<'kustland' | 'duinrand', readonly { city: string; postalCode: number }[]> = {
  kustland: [
    { city: 'Kustdorp', postalCode: 1971 },
    { city: 'Zeewijk', postalCode: 1974 },
  ],
  duinrand: [{ city: 'Duinrand', postalCode: 1981 }],
};

export interface DemoParent {
  name: string;
  givenName: string;
  familyNamePrefix: string | null;
  familyName: string;
  formOfAddress: 'MRS' | 'MR';
  street: string;
  postalCode: string;
  city: string;
}

/** "de Vries" → prefix "de", family name "Vries". */
function nameParts(family: string): { familyNamePrefix: string | null; familyName: string } {
  const match = /^((?:van der|van den|van de|van|de|den|der|ter|te)\s)?(.+)$/i.exec(family)!;
  return { familyNamePrefix: match[1]?.trim().toLowerCase() ?? null, familyName: match[2] };
}

/**
 * A pupil's mother and father as the school's administration holds them: names in parts and the address
 * they live at. Chosen from the pupil's number, so the same pupil always has the same parents. Parents
 * who live apart each have their own address.
 */
export function demoParents(
  pupil: { pupilNumber: string; familyName: string },
  livesIn: 'kustland' | 'duinrand',
): { mother: DemoParent; father: DemoParent } {
  const n = [...pupil.pupilNumber].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7) >>> 0;
  const pick = <T>(items: readonly T[], salt: number) => items[(n >>> salt) % items.length];
  const town = (salt: number) => pick(TOWNS[livesIn], salt);
  const address = (salt: number) => {
    const t = town(salt);
    const letters = String.fromCharCode(65 + ((n >>> salt) % 26), 65 + ((n >>> (salt + 3)) % 26));
    return {
      street: `${pick(STREETS, salt + 1)} ${1 + ((n >>> (salt + 2)) % 140)}`,
      postalCode: `${t.postalCode + ((n >>> salt) % 3)} ${letters}`,
      city: t.city,
    };
  };
  const full = (given: string, family: string) => `${given} ${family}`;
  const motherFamily = n % 2 === 0 ? pupil.familyName : pick(PARENT_FAMILY, 5);
  const home = address(7);
  const mother: DemoParent = {
    name: full(pick(PARENT_GIVEN.MRS, 3), motherFamily),
    givenName: pick(PARENT_GIVEN.MRS, 3),
    ...nameParts(motherFamily),
    formOfAddress: 'MRS',
    ...home,
  };
  const father: DemoParent = {
    name: full(pick(PARENT_GIVEN.MR, 4), pupil.familyName),
    givenName: pick(PARENT_GIVEN.MR, 4),
    ...nameParts(pupil.familyName),
    formOfAddress: 'MR',
    // One in four pairs lives apart.
    ...(n % 4 === 1 ? address(11) : home),
  };
  return { mother, father };
}
