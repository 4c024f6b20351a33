import { classMentorIdsSql } from '../user/class-mentors';
import { subject } from '@casl/ability';
import type { EntityManager } from 'typeorm';
import { CASE_MANAGER_ROLES, Role } from '@aanwezig/domain';
import { defineAbilityFor, signalAudience, type SubjectShape } from '@aanwezig/authz';
import type { ActorLoader } from '../../core/auth/actor.loader';
import type { Emit } from '../../realtime/live-events';
import { LiveEventKind, room } from '../../realtime/live-event';

/**
 * Who may have this pupil on a screen: every active user whose ability reads one of the pupil's cases or
 * signals (the case list, the signals page, a case), and the owners of actions on its cases (the action
 * list). The candidates are found in SQL by the ability's own rules, generously (the pupil's school's case
 * managers, its mentors who are involved or mentor the pupil's class, everyone at an organisation involved in
 * one of its cases, the leerplicht of where the pupil lives); each is then decided by `defineAbilityFor`,
 * so nobody is told of a pupil they cannot read.
 */
export async function pupilAudience(manager: EntityManager, actors: ActorLoader, pupilId: string): Promise<string[]> {
  const [pupil]: { region_id: string; school_id: string; residence: string | null; mentors: string[] }[] =
    await manager.query(
      `SELECT p.region_id, p.school_id, p.residence_municipality_id AS residence,
            ${classMentorIdsSql('p')} AS mentors
       FROM pupil p WHERE p.id = $1`,
      [pupilId],
    );
  if (!pupil) return [];
  const cases: SubjectShape['Case'][] = await manager.query(
    `SELECT c.region_id AS "regionId", c.school_id AS "schoolId",
            coalesce(array_agg(DISTINCT ci.organisation_id::text) FILTER (WHERE ci.organisation_id IS NOT NULL), '{}') AS "involvedOrganisationIds",
            coalesce(array_agg(DISTINCT ci.user_id::text) FILTER (WHERE ci.user_id IS NOT NULL), '{}') AS "involvedUserIds"
       FROM case_file c LEFT JOIN case_involvement ci ON ci.case_id = c.id
      WHERE c.pupil_id = $1 GROUP BY c.id`,
    [pupilId],
  );
  const routes: { region_id: string; school_id: string; route: string }[] = await manager.query(
    `SELECT DISTINCT region_id, school_id, route FROM signal WHERE pupil_id = $1`,
    [pupilId],
  );
  const signals: SubjectShape['Signal'][] = routes.map((s) => ({
    regionId: s.region_id,
    schoolId: s.school_id,
    route: s.route,
    residenceMunicipalityId: pupil.residence,
    mentorUserIds: pupil.mentors,
  }));
  const involvedOrganisations = [...new Set(cases.flatMap((c) => c.involvedOrganisationIds))];
  const involvedUsers = [...new Set(cases.flatMap((c) => c.involvedUserIds))];
  const candidates: { user_id: string }[] = await manager.query(
    `SELECT DISTINCT m.user_id
       FROM membership m JOIN app_user u ON u.id = m.user_id AND u.active
      WHERE (m.organisation_id = $1 AND m.role = ANY($2))
         OR (m.organisation_id = $1 AND m.role = $3 AND (m.user_id = ANY($4::uuid[]) OR m.user_id = ANY($5::uuid[])))
         OR m.organisation_id = ANY($6::uuid[])
         OR (m.organisation_id = $7 AND m.role = ANY($8))`,
    [
      pupil.school_id,
      [...CASE_MANAGER_ROLES],
      Role.MENTOR,
      involvedUsers,
      pupil.mentors,
      involvedOrganisations,
      pupil.residence,
      [...new Set(routes.flatMap((s) => signalAudience(s.route).residenceRoles))],
    ],
  );
  const owners = new Set<string>(
    (
      (await manager.query(
        `SELECT DISTINCT a.owner_user_id AS id FROM case_action a JOIN case_file c ON c.id = a.case_id WHERE c.pupil_id = $1`,
        [pupilId],
      )) as { id: string }[]
    ).map((o) => o.id),
  );
  const audience: string[] = [];
  for (const userId of new Set([...candidates.map((c) => c.user_id), ...owners])) {
    const actor = await actors.load(userId, manager);
    if (!actor) continue;
    const ability = defineAbilityFor(actor);
    const reads =
      owners.has(userId) ||
      cases.some((c) => ability.can('read', subject('Case', { ...c }))) ||
      signals.some((s) => ability.can('read', subject('Signal', { ...s })));
    if (reads) audience.push(userId);
  }
  return audience.sort();
}

/**
 * Tells every open screen that may show this pupil that what it shows may have changed (a consent withdrawn
 * or expired): the pupil's id and nothing else, to the user room of each reader (pupilAudience); clients
 * refetch through GraphQL. The case rooms get CASE_VISIBILITY_CHANGED as before, which also re-checks who may
 * stay in them.
 */
export async function announcePupilVisibility(
  manager: EntityManager,
  actors: ActorLoader,
  pupilId: string,
  emit: Emit,
): Promise<void> {
  const readers = await pupilAudience(manager, actors, pupilId);
  if (readers.length > 0) emit({ kind: LiveEventKind.PUPIL_VISIBILITY_CHANGED, pupilId }, readers.map(room.user));
  const cases: { id: string }[] = await manager.query(`SELECT id FROM case_file WHERE pupil_id = $1`, [pupilId]);
  for (const c of cases) emit({ kind: LiveEventKind.CASE_VISIBILITY_CHANGED, caseId: c.id }, [room.case(c.id)]);
}
