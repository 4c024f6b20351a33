import { describe, expect, it } from 'vitest';
import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import { OrganisationKind, Role } from '@aanwezig/domain';
import { defineAbilityFor, type AppAbility } from '@aanwezig/authz';
import { accessibleSql, UnsupportedRuleError } from './accessible-sql';

const caseAttributes = {
  regionId: (p: string) => `c.region_id = ANY(:${p})`,
  schoolId: (p: string) => `c.school_id = ANY(:${p})`,
  involvedOrganisationIds: (p: string) => `EXISTS (org ${p})`,
  involvedUserIds: (p: string) => `EXISTS (user ${p})`,
};

describe('accessibleSql', () => {
  it('ORs the rules and ANDs the conditions within one', () => {
    const ability = defineAbilityFor({
      userId: 'u1',
      regionId: 'r1',
      memberships: [
        { organisationId: 'baken', organisationKind: OrganisationKind.SCHOOL, role: Role.MENTOR },
        { organisationId: 'ggd', organisationKind: OrganisationKind.YOUTH_HEALTH, role: Role.YOUTH_DOCTOR },
      ],
    });
    const access = accessibleSql(ability, 'read', 'Case', caseAttributes)!;
    const alternatives = access.sql.slice(1, -1).split(' OR ');
    expect(alternatives.map((a) => a.split(' AND ').length).sort()).toEqual([2, 3]);
    expect(Object.values(access.params).sort()).toEqual([['baken'], ['ggd'], ['r1'], ['r1'], ['u1']].sort());
  });

  it('answers null when nothing is allowed', () => {
    const admin = defineAbilityFor({
      userId: 'a',
      regionId: 'r1',
      memberships: [{ organisationId: 'swv', organisationKind: OrganisationKind.PARTNERSHIP, role: Role.ADMIN }],
    });
    expect(accessibleSql(admin, 'read', 'Case', caseAttributes)).toBeNull();
  });

  it('refuses rules it cannot translate instead of over-sharing', () => {
    const { can, cannot, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
    can('read', 'Case', { regionId: 'r1' });
    cannot('read', 'Case', { schoolId: 'x' });
    expect(() => accessibleSql(build(), 'read', 'Case', caseAttributes)).toThrow(UnsupportedRuleError);
    const unconditional = new AbilityBuilder<AppAbility>(createMongoAbility);
    unconditional.can('read', 'Case');
    expect(() => accessibleSql(unconditional.build(), 'read', 'Case', caseAttributes)).toThrow(UnsupportedRuleError);
  });
});
