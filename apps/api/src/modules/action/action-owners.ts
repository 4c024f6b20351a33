import type { EntityManager } from 'typeorm';
import type { DataCategory, OrganisationKind, Role } from '@aanwezig/domain';
import { actionOwnerDecision, type Actor } from '@aanwezig/authz';
import type { CaseAccess, CaseFacts } from '../case/case-access';

/** Someone an action may be handed to, with the membership through which they reach the case. */
export interface OwnerCandidate {
  id: string;
  name: string;
  role: Role;
  organisationName: string;
}

/**
 * Who may own an action of `category` on this case (libs/authz actionOwnerDecision): the active people of
 * the case's school and of the organisations involved in it (nobody else can open a case), each decided
 * on their own memberships. By name; one query for the people, none per person.
 */
export async function ownerCandidates(
  manager: EntityManager,
  access: CaseAccess,
  facts: CaseFacts,
  category: DataCategory,
): Promise<OwnerCandidate[]> {
  const organisationIds = [facts.schoolId, ...facts.involvedOrganisationIds];
  const rows: {
    id: string;
    name: string;
    regionId: string;
    organisationId: string;
    organisationKind: OrganisationKind;
    organisationName: string;
    role: Role;
  }[] = await manager.query(
    `SELECT u.id, u.name, u.region_id AS "regionId", m.organisation_id AS "organisationId", o.kind AS "organisationKind",
            o.name AS "organisationName", m.role
       FROM app_user u
       JOIN membership m ON m.user_id = u.id
       JOIN organisation o ON o.id = m.organisation_id
      WHERE u.active AND u.region_id = $1
        AND u.id IN (SELECT user_id FROM membership WHERE organisation_id = ANY($2))
      ORDER BY u.name, u.id, o.name, m.role`,
    [facts.regionId, organisationIds],
  );
  const people = new Map<string, { actor: Actor; name: string }>();
  for (const r of rows) {
    const person = people.get(r.id) ?? {
      name: r.name,
      actor: { userId: r.id, regionId: r.regionId, memberships: [] },
    };
    (person.actor.memberships as Actor['memberships'][number][]).push({
      organisationId: r.organisationId,
      organisationKind: r.organisationKind,
      role: r.role,
    });
    people.set(r.id, person);
  }
  const candidates: OwnerCandidate[] = [];
  for (const [id, { actor, name }] of people) {
    const reader = access.reader(actor, facts);
    if (!actionOwnerDecision(actor, facts, reader, category).allowed) continue;
    // The membership they reach the case through (the school first, as the case page lists them).
    const reaching = rows.filter((r) => r.id === id && organisationIds.includes(r.organisationId));
    const through = reaching.find((r) => r.organisationId === facts.schoolId) ?? reaching[0];
    candidates.push({ id, name, role: through.role, organisationName: through.organisationName });
  }
  return candidates;
}
