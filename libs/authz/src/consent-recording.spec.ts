import { describe, expect, it } from 'vitest';
import { DataCategory, OrganisationKind, Role } from '@aanwezig/domain';
import type { Actor, Membership } from './actor';
import { CONSENT_HOLDER, consentRecordDecision, consentRecording, mayManageConsents } from './consent-recording';

const m = (role: Role, organisationId: string, organisationKind: OrganisationKind): Membership => ({
  role,
  organisationId,
  organisationKind,
});
const actor = (memberships: Membership[], worksFor?: string[]): Actor => ({
  userId: 'u',
  regionId: 'r',
  memberships,
  worksFor,
});
const bakenCase = { schoolId: 'baken', involvedOrganisationIds: ['baken', 'ggd', 'gemeente'] };
const SCHOOL_DATA = Object.values(DataCategory).filter((c) => c !== 'DOCTOR_ADVICE');

describe('who records a consent: the organisation that holds the data, never for itself', () => {
  it('says the school holds everything but the jeugdarts advice, which the GGD holds', () => {
    expect(
      Object.entries(CONSENT_HOLDER)
        .filter(([, holder]) => holder !== 'SCHOOL')
        .map(([c]) => c),
    ).toEqual(['DOCTOR_ADVICE']);
  });

  it.each([Role.ATTENDANCE_COORDINATOR, Role.CARE_COORDINATOR, Role.SCHOOL_LEADER])(
    'lets the school %s record school data for the GGD',
    (role) => {
      const coordinator = actor([m(role, 'baken', OrganisationKind.SCHOOL)]);
      expect(consentRecording(coordinator, bakenCase).categories).toEqual(SCHOOL_DATA);
      expect(
        consentRecordDecision(coordinator, bakenCase, { categories: ['HOME_SITUATION'], organisationIds: ['ggd'] }),
      ).toEqual({ allowed: true });
      expect(
        consentRecordDecision(coordinator, bakenCase, { categories: ['DOCTOR_ADVICE'], organisationIds: ['baken'] }),
      ).toEqual({ allowed: false, field: 'categories', category: 'DOCTOR_ADVICE', holder: 'YOUTH_HEALTH' });
    },
  );

  it('refuses the jeugdarts a consent for school data naming its own GGD (the recipient widening its own access)', () => {
    const doctor = actor([m(Role.YOUTH_DOCTOR, 'ggd', OrganisationKind.YOUTH_HEALTH)]);
    expect(
      consentRecordDecision(doctor, bakenCase, { categories: ['HOME_SITUATION'], organisationIds: ['ggd'] }),
    ).toEqual({ allowed: false, field: 'categories', category: 'HOME_SITUATION', holder: 'SCHOOL' });
    expect(
      consentRecordDecision(doctor, bakenCase, { categories: ['DOCTOR_ADVICE'], organisationIds: ['ggd'] }),
    ).toEqual({ allowed: false, field: 'organisationIds', organisationId: 'ggd' });
    expect(
      consentRecordDecision(doctor, bakenCase, { categories: ['DOCTOR_ADVICE'], organisationIds: ['baken'] }),
    ).toEqual({ allowed: true });
  });

  it('lets a jeugdarts record only while the GGD is involved in the case', () => {
    const doctor = actor([m(Role.YOUTH_DOCTOR, 'ggd', OrganisationKind.YOUTH_HEALTH)]);
    expect(mayManageConsents(doctor, { schoolId: 'baken', involvedOrganisationIds: ['baken'] })).toBe(false);
    expect(
      consentRecordDecision(
        doctor,
        { schoolId: 'baken', involvedOrganisationIds: ['baken'] },
        { categories: ['DOCTOR_ADVICE'], organisationIds: ['baken'] },
      ),
    ).toEqual({ allowed: false, field: null });
  });

  it.each([
    [Role.MENTOR, 'baken', OrganisationKind.SCHOOL],
    [Role.ATTENDANCE_OFFICER, 'gemeente', OrganisationKind.MUNICIPALITY],
    [Role.FAMILY_COACH, 'jg', OrganisationKind.YOUTH_CARE],
    [Role.PARTNERSHIP_CONSULTANT, 'swv', OrganisationKind.PARTNERSHIP],
    [Role.PRIVACY_OFFICER, 'baken', OrganisationKind.SCHOOL],
    [Role.ADMIN, 'swv', OrganisationKind.PARTNERSHIP],
    [Role.CARE_COORDINATOR, 'duinzicht', OrganisationKind.SCHOOL],
  ] as const)('gives %s of %s no consent to record', (role, organisationId, kind) => {
    const someone = actor([m(role, organisationId, kind)]);
    expect(
      consentRecording(someone, {
        ...bakenCase,
        involvedOrganisationIds: [...bakenCase.involvedOrganisationIds, organisationId],
      }).categories,
    ).toEqual([]);
  });

  it('refuses a recipient the recorder works for through another membership, also one they are not acting as', () => {
    // A care coordinator of the school who is also a jeugdarts of the GGD.
    const twoHats = actor([
      m(Role.CARE_COORDINATOR, 'baken', OrganisationKind.SCHOOL),
      m(Role.YOUTH_DOCTOR, 'ggd', OrganisationKind.YOUTH_HEALTH),
    ]);
    expect(
      consentRecordDecision(twoHats, bakenCase, { categories: ['HOME_SITUATION'], organisationIds: ['ggd'] }),
    ).toEqual({ allowed: false, field: 'organisationIds', organisationId: 'ggd' });
    expect(consentRecording(twoHats, bakenCase).categories).toEqual(Object.values(DataCategory));
    // Working as the school's membership only (actAs): still a member of the GGD.
    const actingAsSchool = actor([m(Role.CARE_COORDINATOR, 'baken', OrganisationKind.SCHOOL)], ['baken', 'ggd']);
    expect(
      consentRecordDecision(actingAsSchool, bakenCase, {
        categories: ['HOME_SITUATION'],
        organisationIds: ['gemeente', 'ggd'],
      }),
    ).toEqual({ allowed: false, field: 'organisationIds', organisationId: 'ggd' });
    expect(
      consentRecordDecision(actingAsSchool, bakenCase, {
        categories: ['HOME_SITUATION'],
        organisationIds: ['gemeente'],
      }),
    ).toEqual({ allowed: true });
  });

  it("never lets the school name itself: it needs no consent for its own data, nor may it widen its own reading of the GGD's advice", () => {
    const coordinator = actor([m(Role.CARE_COORDINATOR, 'baken', OrganisationKind.SCHOOL)]);
    expect(
      consentRecordDecision(coordinator, bakenCase, {
        categories: ['WORRY_AND_NOTES'],
        organisationIds: ['gemeente', 'baken'],
      }),
    ).toEqual({ allowed: false, field: 'organisationIds', organisationId: 'baken' });
    expect(consentRecording(coordinator, bakenCase).excludedRecipientIds).toEqual(['baken']);
  });
});
