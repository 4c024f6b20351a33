import { describe, expect, it } from 'vitest';
import { DataCategory, OrganisationKind, Role } from '@aanwezig/domain';
import { actionOwnerDecision, defineAbilityFor, mayChangeAction, type Actor, type CaseReader } from './index';

function actor(
  userId: string,
  role: Role,
  organisationId: string,
  kind: OrganisationKind = OrganisationKind.SCHOOL,
): Actor {
  return { userId, regionId: 'r1', memberships: [{ organisationId, organisationKind: kind, role }] };
}

const bakenCase = { regionId: 'r1', schoolId: 'baken', involvedOrganisationIds: ['leerplicht'], involvedUserIds: [] };

/** What an actor brings to the Baken case (as the API's readerFor builds it), with no consents. */
function readerOf(a: Actor): CaseReader {
  const relevant = new Set(['baken', ...bakenCase.involvedOrganisationIds]);
  return {
    roles: a.memberships.filter((m) => relevant.has(m.organisationId)),
    involvedOrganisationIds: bakenCase.involvedOrganisationIds,
    hasConsent: () => false,
  };
}

describe('mayChangeAction', () => {
  const officer = actor('officer', Role.ATTENDANCE_OFFICER, 'leerplicht', OrganisationKind.MUNICIPALITY);
  const action = { ownerUserId: 'officer', case: bakenCase };

  it('lets the owner change their own action, whatever their role', () => {
    expect(mayChangeAction(officer, defineAbilityFor(officer), action)).toBe(true);
  });

  it.each([Role.ATTENDANCE_COORDINATOR, Role.CARE_COORDINATOR, Role.SCHOOL_LEADER])(
    "lets the case's %s change someone else's action",
    (role) => {
      const coordinator = actor('coordinator', role, 'baken');
      expect(mayChangeAction(coordinator, defineAbilityFor(coordinator), action)).toBe(true);
    },
  );

  it('refuses a mentor, a partner who is not the owner, and coordinators of another school', () => {
    for (const other of [
      actor('mentor', Role.MENTOR, 'baken'),
      actor('officer2', Role.ATTENDANCE_OFFICER, 'leerplicht', OrganisationKind.MUNICIPALITY),
      actor('zorg-duinzicht', Role.CARE_COORDINATOR, 'duinzicht'),
    ]) {
      expect(mayChangeAction(other, defineAbilityFor(other), action), other.userId).toBe(false);
    }
  });
});

describe('actionOwnerDecision', () => {
  const decide = (a: Actor | null, category: DataCategory = DataCategory.CLASSIFICATION) =>
    actionOwnerDecision(a, bakenCase, a && readerOf(a), category);

  it("allows the school's coordinators and an involved partner", () => {
    expect(decide(actor('zorg', Role.CARE_COORDINATOR, 'baken'))).toEqual({ allowed: true });
    expect(decide(actor('lp', Role.ATTENDANCE_OFFICER, 'leerplicht', OrganisationKind.MUNICIPALITY))).toEqual({
      allowed: true,
    });
  });

  it('refuses someone unknown or of another region', () => {
    expect(decide(null)).toEqual({ allowed: false, reason: 'ownerUnknown' });
    expect(decide({ ...actor('x', Role.CARE_COORDINATOR, 'baken'), regionId: 'r2' })).toEqual({
      allowed: false,
      reason: 'ownerUnknown',
    });
  });

  it('refuses who cannot open the case: another school, a partner not involved, a mentor not involved', () => {
    for (const other of [
      actor('zorg-duinzicht', Role.CARE_COORDINATOR, 'duinzicht'),
      actor('ggd', Role.YOUTH_DOCTOR, 'ggd', OrganisationKind.YOUTH_HEALTH),
      actor('mentor', Role.MENTOR, 'baken'),
    ]) {
      expect(decide(other), other.userId).toEqual({ allowed: false, reason: 'ownerCannotSeeCase' });
    }
  });

  it("refuses who may open the case but not read the title's category", () => {
    const officer = actor('lp', Role.ATTENDANCE_OFFICER, 'leerplicht', OrganisationKind.MUNICIPALITY);
    expect(decide(officer, DataCategory.HOME_SITUATION)).toEqual({ allowed: false, reason: 'ownerCannotSeeCategory' });
  });
});
