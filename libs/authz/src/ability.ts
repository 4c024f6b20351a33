import { AbilityBuilder, createMongoAbility, type ForcedSubject, type MongoAbility } from '@casl/ability';
import { CASE_MANAGER_ROLES, Role, SCHOOL_STAFF_ROLES } from '@aanwezig/domain';
import { organisationIdsWithRole, type Actor } from './actor';

/** What can be done. `manage` is never granted: every permission is named. */
export type Action = 'read' | 'create' | 'update';

/**
 * The attributes each subject's conditions may use. Conditions are kept to plain equality and `$in`
 * so the API can turn them into SQL (lists are filtered in the database, not after loading).
 * An array attribute with `$in` matches when any element is in the list (MongoDB semantics).
 */
export interface SubjectShape {
  Region: { id: string };
  Organisation: { id: string; regionId: string };
  User: { id: string };
  /** A pupil of a school, with the mentors of the pupil's class. */
  Pupil: { regionId: string; schoolId: string; mentorUserIds: string[] };
  Case: { regionId: string; schoolId: string; involvedOrganisationIds: string[]; involvedUserIds: string[] };
  Meeting: { regionId: string; organisationId: string; participantUserIds: string[] };
  /**
   * A signal from the protocol about one pupil, on a route; with the pupil's residence municipality
   * (whose leerplicht is responsible) and the mentors of the pupil's class.
   */
  Signal: {
    regionId: string;
    schoolId: string;
    route: string;
    residenceMunicipalityId: string | null;
    mentorUserIds: string[];
  };
  /** The school's report to DUO of a legal-report signal (meldplicht): the school's own duty. */
  LegalReport: { regionId: string; schoolId: string };
  /** A letter to a pupil's parents, written by the school. */
  Letter: { regionId: string; schoolId: string };
  /** The jeugdarts's advice on a case (written by a jeugdarts of a GGD involved in it). */
  Advice: { regionId: string; involvedOrganisationIds: string[] };
  /** The mentor's worry flag on a case ("zorgenvinkje"). */
  WorryFlag: { regionId: string; schoolId: string };
  /** The region's attendance protocol (rules, thresholds, routes). */
  Protocol: { regionId: string };
  /** Absence registrations of a school (imported from its registration system). */
  Absence: { regionId: string; schoolId: string };
  /** The audit trail of a pupil of this school. */
  AuditTrail: { regionId: string; schoolId: string };
  /** The region's MSA report (aggregate, small counts suppressed). */
  Report: { regionId: string };
  /** A school's own figures in the MSA report, unsuppressed, and its pupils' detail. */
  SchoolReport: { regionId: string; schoolId: string };
  /** Taking a census (peildatum): the snapshot an MSA report is built from. */
  Census: { regionId: string };
  /** A person's account in the region: invited, given roles, deactivated (their sessions end with it). */
  Person: { regionId: string };
  /** An organisation's OpenID Provider setting (issuer, client, which claim holds the e-mail, MFA). */
  IdentityProvider: { regionId: string; organisationId: string };
  /** The sign-in attempts of an organisation's people (who, when, from where, through which provider). */
  SignInLog: { regionId: string; organisationId: string };
}

/** The records the ability speaks about (CASL subject types). */
export type Subject = keyof SubjectShape;

/** A subject given either by name (may the actor do this to any?) or as a tagged record (to this one?). */
type Subjects = { [K in Subject]: K | (SubjectShape[K] & ForcedSubject<K>) }[Subject];

export type AppAbility = MongoAbility<[Action, Subjects]>;

export { CASE_MANAGER_ROLES };

/**
 * Who a route's signals reach: the roles at the pupil's school that read all of them; on the school
 * route also the mentors of the pupil's class; on the legal route the leerplicht of the municipality the
 * pupil lives in. Said once for the places that must tell those people (a withdrawn signal); a test
 * holds it to defineAbilityFor.
 */
export function signalAudience(route: string): {
  schoolRoles: readonly Role[];
  classMentors: boolean;
  residenceRoles: readonly Role[];
} {
  return {
    schoolRoles: CASE_MANAGER_ROLES,
    classMentors: route === 'SCHOOL',
    residenceRoles: route === 'LEGAL' ? [Role.ATTENDANCE_OFFICER] : [],
  };
}

/** Partner roles: they see a case only when their organisation is involved in it. */
export const PARTNER_ROLES: readonly Role[] = [
  Role.ATTENDANCE_OFFICER,
  Role.YOUTH_DOCTOR,
  Role.PARTNERSHIP_CONSULTANT,
  Role.FAMILY_COACH,
];

/**
 * Builds the actor's ability. Deny by default: anything not granted here is refused.
 * Authority comes from membership + role + involvement, always within the actor's region.
 * PRIVACY_OFFICER and ADMIN get no case content at all.
 */
export function defineAbilityFor(actor: Actor): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const regionId = actor.regionId;
  can('read', 'Region', { id: regionId });
  can('read', 'Organisation', { regionId });
  can('read', 'User', { id: actor.userId });
  // Everyone in the region may see "who does what" in its protocol; the functional administrator changes it.
  can('read', 'Protocol', { regionId });
  if (actor.memberships.some((m) => m.role === Role.ADMIN)) {
    can('update', 'Protocol', { regionId });
    // Organisation settings (reminders and escalation) for every organisation in the region.
    can('update', 'Organisation', { regionId });
    // Accounts and sign-in: who may come in, through which provider; and the sign-in log, to help people in.
    can('update', 'Person', { regionId });
    can('update', 'IdentityProvider', { regionId });
    can('read', 'SignInLog', { regionId });
  }

  const managedSchools = organisationIdsWithRole(actor, CASE_MANAGER_ROLES);
  if (managedSchools.length > 0) {
    can(['read', 'create', 'update'], 'Case', { regionId, schoolId: { $in: managedSchools } });
    can('update', 'Organisation', { regionId, id: { $in: managedSchools } });
    can('read', 'Pupil', { regionId, schoolId: { $in: managedSchools } });
    can(['read', 'create', 'update'], 'Meeting', { regionId, organisationId: { $in: managedSchools } });
    can('create', 'Absence', { regionId, schoolId: { $in: managedSchools } });
    can(['read', 'update'], 'Signal', { regionId, schoolId: { $in: managedSchools } });
    can('update', 'LegalReport', { regionId, schoolId: { $in: managedSchools } });
  }

  const mentorSchools = organisationIdsWithRole(actor, [Role.MENTOR]);
  if (mentorSchools.length > 0) {
    // A mentor raises concerns about the pupils of her classes and follows the cases she is involved in.
    can('read', 'Pupil', { regionId, schoolId: { $in: mentorSchools }, mentorUserIds: { $in: [actor.userId] } });
    can('create', 'Case', { regionId, schoolId: { $in: mentorSchools } });
    can('read', 'Case', { regionId, schoolId: { $in: mentorSchools }, involvedUserIds: { $in: [actor.userId] } });
  }

  const municipalities = organisationIdsWithRole(actor, [Role.ATTENDANCE_OFFICER]);
  if (municipalities.length > 0) {
    // The legal route: leerplicht hears of unauthorised absence as its legal task (meldplicht), for the
    // pupils who live in its municipality (the pupil's woongemeente is responsible, wherever the school is).
    can(['read', 'update'], 'Signal', { regionId, route: 'LEGAL', residenceMunicipalityId: { $in: municipalities } });
  }
  // A mentor hears of the pupils of the classes she mentors, on the school route only.
  if (mentorSchools.length > 0)
    can('read', 'Signal', {
      regionId,
      schoolId: { $in: mentorSchools },
      route: 'SCHOOL',
      mentorUserIds: { $in: [actor.userId] },
    });

  // A mentor sets the worry flag on cases of her school (also on one she does not follow yet); the school's case managers too.
  if (mentorSchools.length > 0 || managedSchools.length > 0)
    can('update', 'WorryFlag', { regionId, schoolId: { $in: [...mentorSchools, ...managedSchools] } });
  // The school's own staff write to the parents (what a letter carries still follows the matrix).
  const staffSchools = organisationIdsWithRole(actor, SCHOOL_STAFF_ROLES);
  if (staffSchools.length > 0) can('create', 'Letter', { regionId, schoolId: { $in: staffSchools } });
  // Only a jeugdarts of a GGD involved in the case writes advice.
  const doctorOrganisations = organisationIdsWithRole(actor, [Role.YOUTH_DOCTOR]);
  if (doctorOrganisations.length > 0)
    can('create', 'Advice', { regionId, involvedOrganisationIds: { $in: doctorOrganisations } });

  const partnerOrganisations = organisationIdsWithRole(actor, PARTNER_ROLES);
  if (partnerOrganisations.length > 0) {
    can('read', 'Case', { regionId, involvedOrganisationIds: { $in: partnerOrganisations } });
  }

  const privacySchools = organisationIdsWithRole(actor, [Role.PRIVACY_OFFICER]);
  if (privacySchools.length > 0) {
    // The privacy officer reads who saw what, and answers subject-access requests; no case content.
    can('read', 'AuditTrail', { regionId, schoolId: { $in: privacySchools } });
    // ...and who signed in to their organisation, or tried to.
    can('read', 'SignInLog', { regionId, organisationId: { $in: privacySchools } });
  }

  // The MSA report: the SWV, its functional administrator, leerplicht and the schools' coordinators read
  // the region's aggregate; a school reads its own figures in full; the SWV takes the census.
  const swv = actor.memberships.some((m) => m.role === Role.PARTNERSHIP_CONSULTANT || m.role === Role.ADMIN);
  if (swv || managedSchools.length > 0 || organisationIdsWithRole(actor, [Role.ATTENDANCE_OFFICER]).length > 0)
    can('read', 'Report', { regionId });
  if (swv) can('create', 'Census', { regionId });
  if (managedSchools.length > 0) can('read', 'SchoolReport', { regionId, schoolId: { $in: managedSchools } });

  const schoolStaff = organisationIdsWithRole(actor, SCHOOL_STAFF_ROLES);
  if (schoolStaff.length > 0 || partnerOrganisations.length > 0) {
    // Everyone invited to a meeting may see it (its agenda items still follow case visibility).
    can('read', 'Meeting', { regionId, participantUserIds: { $in: [actor.userId] } });
  }
  return build();
}
