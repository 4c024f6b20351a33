import type { EntityManager } from 'typeorm';
import { OrganisationKind, Role, SCHOOL_STAFF_ROLES } from '@aanwezig/domain';
import type { ColleagueModel } from './user.model';

/**
 * Who a school's meeting (SAT, MSA) may invite, by organisation kind and role (DOMAIN.md, "Who works
 * together"): the school's own staff (mentors, coordinators, leadership; not its privacy officer or
 * administrator, who see no case content) and the partners who serve the school:
 * - `RESIDENCE`: the leerplicht of the municipalities its pupils live in (leerplicht is the task of
 *   the pupil's woongemeente); when none of its pupils has a residence recorded yet, every municipality
 *   of the region, since nothing tells them apart;
 * - `REGION`: the region's GGD (jeugdarts), the SWV itself (consulent) and the youth-care team (J&G coach).
 * Nobody of another school, and nobody in a role the organisation's kind does not bring to the table.
 */
export const MEETING_INVITEES: readonly {
  kind: OrganisationKind;
  roles: readonly Role[];
  serves: 'OWN_SCHOOL' | 'RESIDENCE' | 'REGION';
}[] = [
  { kind: OrganisationKind.SCHOOL, roles: SCHOOL_STAFF_ROLES, serves: 'OWN_SCHOOL' },
  { kind: OrganisationKind.MUNICIPALITY, roles: [Role.ATTENDANCE_OFFICER], serves: 'RESIDENCE' },
  { kind: OrganisationKind.YOUTH_HEALTH, roles: [Role.YOUTH_DOCTOR], serves: 'REGION' },
  { kind: OrganisationKind.PARTNERSHIP, roles: [Role.PARTNERSHIP_CONSULTANT], serves: 'REGION' },
  { kind: OrganisationKind.YOUTH_CARE, roles: [Role.FAMILY_COACH], serves: 'REGION' },
];

/** The rule as one SQL condition on `o` (organisation) and `m` (membership), with `$1` the region and `$2` the school. */
function inviteeCondition(): string {
  return MEETING_INVITEES.map(({ kind, roles, serves }) => {
    const where = [`o.kind = '${kind}'`, `m.role IN (${roles.map((r) => `'${r}'`).join(', ')})`];
    if (serves === 'OWN_SCHOOL') where.push('o.id = $2');
    if (serves === 'RESIDENCE')
      // The pupil table is the pupil module's: read here only (where its pupils live).
      where.push(
        `(o.id IN (SELECT p.residence_municipality_id FROM pupil p WHERE p.school_id = $2)
          OR NOT EXISTS (SELECT 1 FROM pupil p WHERE p.school_id = $2 AND p.residence_municipality_id IS NOT NULL))`,
      );
    return `(${where.join(' AND ')})`;
  }).join(' OR ');
}

/**
 * The people a meeting of `schoolId` may invite, one row per role, by name; empty when `schoolId` is
 * not a school of `regionId`.
 */
export function meetingInvitees(manager: EntityManager, regionId: string, schoolId: string): Promise<ColleagueModel[]> {
  return manager.query(
    `SELECT u.id, u.name, m.role, o.name AS "organisationName"
       FROM app_user u JOIN membership m ON m.user_id = u.id JOIN organisation o ON o.id = m.organisation_id
      WHERE u.region_id = $1 AND u.active AND o.region_id = $1
        AND EXISTS (SELECT 1 FROM organisation s WHERE s.id = $2 AND s.region_id = $1 AND s.kind = 'SCHOOL')
        AND (${inviteeCondition()})
      ORDER BY u.name, o.name`,
    [regionId, schoolId],
  );
}
