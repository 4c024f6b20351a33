import { describe, expect, it } from 'vitest';
import { subject } from '@casl/ability';
import { OrganisationKind, Role, SignalRoute } from '@aanwezig/domain';
import { capabilitiesOf, defineAbilityFor, signalAudience, type Actor } from './index';

function actor(role: Role, organisationId: string, kind: OrganisationKind = OrganisationKind.SCHOOL): Actor {
  return { userId: `user-${role}`, regionId: 'r1', memberships: [{ organisationId, organisationKind: kind, role }] };
}

const bakenCase = (
  over: Partial<{
    regionId: string;
    schoolId: string;
    involvedOrganisationIds: string[];
    involvedUserIds: string[];
  }> = {},
) =>
  subject('Case', {
    regionId: 'r1',
    schoolId: 'baken',
    involvedOrganisationIds: ['baken'],
    involvedUserIds: [],
    ...over,
  });

describe('defineAbilityFor: organisations and users', () => {
  const ability = defineAbilityFor(actor(Role.MENTOR, 'baken'));

  it('lets a member read the organisations of their own region only', () => {
    expect(ability.can('read', subject('Organisation', { id: 'o2', regionId: 'r1' }))).toBe(true);
    expect(ability.can('read', subject('Organisation', { id: 'o9', regionId: 'r2' }))).toBe(false);
  });

  it('lets a user read only their own user record', () => {
    expect(ability.can('read', subject('User', { id: 'user-MENTOR' }))).toBe(true);
    expect(ability.can('read', subject('User', { id: 'u2' }))).toBe(false);
  });

  it('denies what is not granted', () => {
    expect(ability.can('update', subject('Organisation', { id: 'o1', regionId: 'r1' }))).toBe(false);
  });
});

describe('defineAbilityFor: cases', () => {
  it.each([Role.ATTENDANCE_COORDINATOR, Role.CARE_COORDINATOR, Role.SCHOOL_LEADER])(
    '%s reads and updates every case of own school only',
    (role) => {
      const ability = defineAbilityFor(actor(role, 'baken'));
      expect(ability.can('read', bakenCase())).toBe(true);
      expect(ability.can('update', bakenCase())).toBe(true);
      expect(ability.can('read', bakenCase({ schoolId: 'duinzicht' }))).toBe(false);
      expect(ability.can('read', bakenCase({ regionId: 'r2' }))).toBe(false);
    },
  );

  it('a mentor reads only the cases they are involved in, and cannot update them', () => {
    const mentor = actor(Role.MENTOR, 'baken');
    const ability = defineAbilityFor(mentor);
    expect(ability.can('read', bakenCase())).toBe(false);
    expect(ability.can('read', bakenCase({ involvedUserIds: [mentor.userId] }))).toBe(true);
    expect(ability.can('update', bakenCase({ involvedUserIds: [mentor.userId] }))).toBe(false);
    expect(ability.can('create', bakenCase())).toBe(true);
    expect(ability.can('read', bakenCase({ schoolId: 'duinzicht', involvedUserIds: [mentor.userId] }))).toBe(false);
  });

  it.each([
    [Role.ATTENDANCE_OFFICER, OrganisationKind.MUNICIPALITY],
    [Role.YOUTH_DOCTOR, OrganisationKind.YOUTH_HEALTH],
    [Role.PARTNERSHIP_CONSULTANT, OrganisationKind.PARTNERSHIP],
    [Role.FAMILY_COACH, OrganisationKind.YOUTH_CARE],
  ])('%s reads a case only while their organisation is involved', (role, kind) => {
    const ability = defineAbilityFor(actor(role, 'partner', kind));
    expect(ability.can('read', bakenCase())).toBe(false);
    expect(ability.can('read', bakenCase({ involvedOrganisationIds: ['baken', 'partner'] }))).toBe(true);
    expect(ability.can('update', bakenCase({ involvedOrganisationIds: ['baken', 'partner'] }))).toBe(false);
  });

  it.each([Role.ADMIN, Role.PRIVACY_OFFICER])('%s sees no case, pupil or meeting at all', (role) => {
    const ability = defineAbilityFor(actor(role, 'baken'));
    expect(ability.can('read', 'Case')).toBe(false);
    expect(ability.can('read', 'Pupil')).toBe(false);
    expect(ability.can('read', 'Meeting')).toBe(false);
  });
});

describe('defineAbilityFor: audit trail', () => {
  it('lets only the privacy officer of the school read it', () => {
    const trail = (schoolId: string) => subject('AuditTrail', { regionId: 'r1', schoolId });
    expect(defineAbilityFor(actor(Role.PRIVACY_OFFICER, 'baken')).can('read', trail('baken'))).toBe(true);
    expect(defineAbilityFor(actor(Role.PRIVACY_OFFICER, 'baken')).can('read', trail('duinzicht'))).toBe(false);
    for (const role of [Role.ADMIN, Role.ATTENDANCE_COORDINATOR, Role.CARE_COORDINATOR, Role.MENTOR]) {
      expect(defineAbilityFor(actor(role, 'baken')).can('read', trail('baken')), role).toBe(false);
    }
  });
});

describe('defineAbilityFor: protocol', () => {
  it('lets everyone in the region read it and only the administrator change it', () => {
    const protocol = (regionId: string) => subject('Protocol', { regionId });
    expect(defineAbilityFor(actor(Role.MENTOR, 'baken')).can('read', protocol('r1'))).toBe(true);
    expect(defineAbilityFor(actor(Role.MENTOR, 'baken')).can('read', protocol('r2'))).toBe(false);
    expect(defineAbilityFor(actor(Role.ADMIN, 'swv', OrganisationKind.PARTNERSHIP)).can('update', protocol('r1'))).toBe(
      true,
    );
    expect(defineAbilityFor(actor(Role.ADMIN, 'swv', OrganisationKind.PARTNERSHIP)).can('update', protocol('r2'))).toBe(
      false,
    );
    expect(defineAbilityFor(actor(Role.ATTENDANCE_COORDINATOR, 'baken')).can('update', protocol('r1'))).toBe(false);
  });
});

describe('defineAbilityFor: meetings', () => {
  it('lets coordinators plan meetings of their school and participants read the ones they are invited to', () => {
    const coordinator = defineAbilityFor(actor(Role.ATTENDANCE_COORDINATOR, 'baken'));
    const meeting = (participantUserIds: string[]) =>
      subject('Meeting', { regionId: 'r1', organisationId: 'baken', participantUserIds });
    expect(coordinator.can('create', meeting([]))).toBe(true);
    const doctor = actor(Role.YOUTH_DOCTOR, 'ggd', OrganisationKind.YOUTH_HEALTH);
    const doctorAbility = defineAbilityFor(doctor);
    expect(doctorAbility.can('read', meeting([]))).toBe(false);
    expect(doctorAbility.can('read', meeting([doctor.userId]))).toBe(true);
    expect(doctorAbility.can('create', meeting([doctor.userId]))).toBe(false);
  });
});

describe("signalAudience: who a route's signals reach", () => {
  const kindOf = (role: Role) =>
    role === Role.ATTENDANCE_OFFICER ? OrganisationKind.MUNICIPALITY : OrganisationKind.SCHOOL;
  it.each(Object.values(SignalRoute).flatMap((route) => Object.values(Role).map((role) => [route, role] as const)))(
    "names %s signals' readers as the ability does for %s",
    (route, role) => {
      const { schoolRoles, classMentors, residenceRoles } = signalAudience(route);
      const member = actor(role, 'org', kindOf(role));
      const ability = defineAbilityFor(member);
      const signal = (
        over: Partial<{ schoolId: string; residenceMunicipalityId: string | null; mentorUserIds: string[] }>,
      ) =>
        subject('Signal', {
          regionId: 'r1',
          schoolId: 'another-school',
          route,
          residenceMunicipalityId: 'another-municipality',
          mentorUserIds: ['another-mentor'],
          ...over,
        });
      // The school's own roles read every signal of its pupils.
      expect(ability.can('read', signal({ schoolId: 'org' }))).toBe(schoolRoles.includes(role));
      // The mentors of the pupil's class, at the pupil's school.
      expect(ability.can('read', signal({ schoolId: 'org', mentorUserIds: [member.userId] }))).toBe(
        schoolRoles.includes(role) || (classMentors && role === Role.MENTOR),
      );
      expect(
        ability.can('read', signal({ mentorUserIds: [member.userId] })),
        'a mentor of a class at another school',
      ).toBe(false);
      // The municipality the pupil lives in, wherever the school is.
      expect(ability.can('read', signal({ residenceMunicipalityId: 'org' }))).toBe(residenceRoles.includes(role));
      expect(ability.can('read', signal({})), 'nobody else').toBe(false);
    },
  );

  it("lets only the school's coordinators and leader record its report to DUO", () => {
    for (const role of Object.values(Role)) {
      const allowed = defineAbilityFor(actor(role, 'baken', kindOf(role))).can(
        'update',
        subject('LegalReport', { regionId: 'r1', schoolId: 'baken' }),
      );
      expect([role, allowed]).toEqual([
        role,
        ([Role.ATTENDANCE_COORDINATOR, Role.CARE_COORDINATOR, Role.SCHOOL_LEADER] as Role[]).includes(role),
      ]);
    }
  });
});

describe('rules that used to live in services', () => {
  const kindOf = (role: Role) =>
    role === Role.ATTENDANCE_OFFICER
      ? OrganisationKind.MUNICIPALITY
      : role === Role.YOUTH_DOCTOR
        ? OrganisationKind.YOUTH_HEALTH
        : OrganisationKind.SCHOOL;
  it.each(Object.values(Role).map((role) => [role]))('%s: worry flag, letters and advice as the rules say', (role) => {
    const ability = defineAbilityFor(actor(role, 'org', kindOf(role)));
    const schoolStaff = (
      [Role.MENTOR, Role.ATTENDANCE_COORDINATOR, Role.CARE_COORDINATOR, Role.SCHOOL_LEADER] as Role[]
    ).includes(role);
    // The worry flag: the school's mentors and case managers, at their own school only.
    expect(ability.can('update', subject('WorryFlag', { regionId: 'r1', schoolId: 'org' }))).toBe(schoolStaff);
    expect(ability.can('update', subject('WorryFlag', { regionId: 'r1', schoolId: 'another-school' }))).toBe(false);
    // Letters to parents: the school's own staff.
    expect(ability.can('create', subject('Letter', { regionId: 'r1', schoolId: 'org' }))).toBe(schoolStaff);
    expect(ability.can('create', subject('Letter', { regionId: 'r2', schoolId: 'org' })), 'another region').toBe(false);
    // Advice: a jeugdarts of a GGD involved in the case, not of one that is not.
    expect(ability.can('create', subject('Advice', { regionId: 'r1', involvedOrganisationIds: ['org'] }))).toBe(
      role === Role.YOUTH_DOCTOR,
    );
    expect(ability.can('create', subject('Advice', { regionId: 'r1', involvedOrganisationIds: ['another-ggd'] }))).toBe(
      false,
    );
  });

  it.each(Object.values(Role).map((role) => [role]))('%s: capabilities say what the ability allows at all', (role) => {
    const member = actor(role, 'org', kindOf(role));
    const ability = defineAbilityFor(member);
    const capabilities = capabilitiesOf(member, ability);
    expect(capabilities.readCases).toBe(ability.can('read', 'Case'));
    expect(capabilities.receiveSignals).toBe(
      (
        [
          Role.MENTOR,
          Role.ATTENDANCE_COORDINATOR,
          Role.CARE_COORDINATOR,
          Role.SCHOOL_LEADER,
          Role.ATTENDANCE_OFFICER,
        ] as Role[]
      ).includes(role),
    );
    expect(capabilities.readAuditTrail).toBe(role === Role.PRIVACY_OFFICER);
    expect(capabilities.readSignInLog).toBe(role === Role.PRIVACY_OFFICER || role === Role.ADMIN);
    expect(capabilities.changeProtocol).toBe(role === Role.ADMIN);
    expect(capabilities.takeCensus).toBe(role === Role.ADMIN || role === Role.PARTNERSHIP_CONSULTANT);
    expect(capabilities.importAbsences).toBe(
      ([Role.ATTENDANCE_COORDINATOR, Role.CARE_COORDINATOR, Role.SCHOOL_LEADER] as Role[]).includes(role),
    );
    expect(capabilities.managedSchoolIds).toEqual(capabilities.importAbsences ? ['org'] : []);
    expect(capabilities.adviceOrganisationIds).toEqual(role === Role.YOUTH_DOCTOR ? ['org'] : []);
    expect(capabilities.writeLetters).toBe(
      ([Role.MENTOR, Role.ATTENDANCE_COORDINATOR, Role.CARE_COORDINATOR, Role.SCHOOL_LEADER] as Role[]).includes(role),
    );
    expect(capabilities.readReport).toBe(ability.can('read', 'Report'));
  });
});

describe('a mentor and the pupils of her classes', () => {
  it('reads a pupil of her own class at her school, not another class nor another school', () => {
    const mentor = actor(Role.MENTOR, 'baken');
    const ability = defineAbilityFor(mentor);
    expect(
      ability.can('read', subject('Pupil', { regionId: 'r1', schoolId: 'baken', mentorUserIds: [mentor.userId] })),
    ).toBe(true);
    expect(
      ability.can('read', subject('Pupil', { regionId: 'r1', schoolId: 'baken', mentorUserIds: ['another-mentor'] })),
    ).toBe(false);
    expect(
      ability.can('read', subject('Pupil', { regionId: 'r1', schoolId: 'other', mentorUserIds: [mentor.userId] })),
    ).toBe(false);
    // The school's coordinators read every pupil of the school.
    expect(
      defineAbilityFor(actor(Role.ATTENDANCE_COORDINATOR, 'baken')).can(
        'read',
        subject('Pupil', { regionId: 'r1', schoolId: 'baken', mentorUserIds: [] }),
      ),
    ).toBe(true);
  });
});
