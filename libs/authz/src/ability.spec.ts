import { describe, expect, it } from 'vitest';
import { subject } from '@casl/ability';
import { OrganisationKind, Role } from '@aanwezig/domain';
import { defineAbilityFor, type Actor } from './index';

const mentor: Actor = {
  userId: 'u1',
  regionId: 'r1',
  memberships: [{ organisationId: 'o1', organisationKind: OrganisationKind.SCHOOL, role: Role.MENTOR }],
};

describe('defineAbilityFor', () => {
  const ability = defineAbilityFor(mentor);

  it('lets a member read the organisations of their own region only', () => {
    expect(ability.can('read', subject('Organisation', { id: 'o2', regionId: 'r1' }))).toBe(true);
    expect(ability.can('read', subject('Organisation', { id: 'o9', regionId: 'r2' }))).toBe(false);
  });

  it('lets a user read only their own user record', () => {
    expect(ability.can('read', subject('User', { id: 'u1' }))).toBe(true);
    expect(ability.can('read', subject('User', { id: 'u2' }))).toBe(false);
  });

  it('denies what is not granted', () => {
    expect(ability.can('update', subject('Organisation', { id: 'o1', regionId: 'r1' }))).toBe(false);
    expect(ability.can('delete', subject('User', { id: 'u1' }))).toBe(false);
  });
});
