import { describe, expect, it } from 'vitest';
import { OrganisationKind, Role } from '@aanwezig/domain';
import { caseEditRights, defineAbilityFor, mayOwnCase, type Actor, type CaseReader } from './index';

function actor(role: Role, organisationId: string, kind: OrganisationKind = OrganisationKind.SCHOOL): Actor {
  return { userId: `user-${role}`, regionId: 'r1', memberships: [{ organisationId, organisationKind: kind, role }] };
}
const facts = {
  regionId: 'r1',
  schoolId: 'baken',
  involvedOrganisationIds: ['baken', 'gemeente'],
  involvedUserIds: [],
};
const reader = (role: Role, organisationId: string): CaseReader => ({
  roles: [{ role, organisationId }],
  involvedOrganisationIds: facts.involvedOrganisationIds,
  hasConsent: () => false,
});
const rights = (role: Role, organisationId: string, closed = false, kind?: OrganisationKind) =>
  caseEditRights(defineAbilityFor(actor(role, organisationId, kind)), facts, reader(role, organisationId), closed);

describe('caseEditRights: what a person may change on a case', () => {
  it('gives the care coordinator every field, the home situation included, and closing', () => {
    expect(rights(Role.CARE_COORDINATOR, 'baken')).toEqual({
      fields: ['category', 'typology', 'tier', 'status', 'mentorNotes', 'homeSituation', 'owner'],
      close: true,
      reopen: false,
    });
  });

  it('keeps the home situation from the attendance coordinator, who does not see it', () => {
    const coordinator = rights(Role.ATTENDANCE_COORDINATOR, 'baken');
    expect(coordinator.fields).not.toContain('homeSituation');
    expect(coordinator.fields).toContain('category');
    expect(coordinator.close).toBe(true);
  });

  it('gives those who only read the case nothing to change: the mentor, an involved leerplicht', () => {
    const none = { fields: [], close: false, reopen: false };
    expect(rights(Role.MENTOR, 'baken')).toEqual(none);
    expect(rights(Role.ATTENDANCE_OFFICER, 'gemeente', false, OrganisationKind.MUNICIPALITY)).toEqual(none);
    expect(rights(Role.CARE_COORDINATOR, 'duinzicht')).toEqual(none);
  });

  it('offers only reopening on a closed case', () => {
    expect(rights(Role.CARE_COORDINATOR, 'baken', true)).toEqual({ fields: [], close: false, reopen: true });
    expect(rights(Role.MENTOR, 'baken', true).reopen).toBe(false);
  });
});

describe('mayOwnCase: who may be responsible for a case', () => {
  it("is a coordinator or the leadership of the case's own school", () => {
    expect(mayOwnCase([{ organisationId: 'baken', role: Role.CARE_COORDINATOR }], 'baken')).toBe(true);
    expect(mayOwnCase([{ organisationId: 'baken', role: Role.SCHOOL_LEADER }], 'baken')).toBe(true);
    expect(mayOwnCase([{ organisationId: 'baken', role: Role.MENTOR }], 'baken')).toBe(false);
    expect(mayOwnCase([{ organisationId: 'duinzicht', role: Role.CARE_COORDINATOR }], 'baken')).toBe(false);
    expect(mayOwnCase([{ organisationId: 'gemeente', role: Role.ATTENDANCE_OFFICER }], 'baken')).toBe(false);
  });
});
