import { describe, expect, it } from 'vitest';
import { ROLE_LABEL_NL, Role, SCHOOL_STAFF_ROLES } from './role';
import { SchoolSector, countsLessonHours } from './organisation';

describe('roles', () => {
  it('gives every role a Dutch label', () => {
    for (const role of Object.values(Role)) expect(ROLE_LABEL_NL[role], role).toMatch(/\S/);
  });
  it('counts only school roles as school staff', () => {
    expect(SCHOOL_STAFF_ROLES).toContain(Role.MENTOR);
    expect(SCHOOL_STAFF_ROLES).not.toContain(Role.ATTENDANCE_OFFICER);
    expect(SCHOOL_STAFF_ROLES).not.toContain(Role.ADMIN);
  });
});

describe('registration unit by sector', () => {
  it.each([
    [SchoolSector.PO, false],
    [SchoolSector.SO, false],
    [SchoolSector.VO, true],
    [SchoolSector.VSO, true],
    [SchoolSector.MBO, true],
  ])('%s counts lesson hours: %s', (sector, expected) => {
    expect(countsLessonHours(sector)).toBe(expected);
  });
});
