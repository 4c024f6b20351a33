import type { OrganisationKind, Role } from '@aanwezig/domain';

/** One membership of a user: a role held in an organisation. */
export interface Membership {
  organisationId: string;
  organisationKind: OrganisationKind;
  role: Role;
}

/** Who is asking: resolved from the bearer token and the database on every request. */
export interface Actor {
  userId: string;
  regionId: string;
  memberships: readonly Membership[];
  /**
   * Every organisation the user is a member of, also while working as one membership (actAs narrows
   * `memberships`, not who they are): a consent may not name any of them. Defaults to the memberships'.
   */
  worksFor?: readonly string[];
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.memberships.some((m) => m.role === role);
}

export function organisationIdsWithRole(actor: Actor, roles: readonly Role[]): string[] {
  return actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organisationId);
}

/** Every organisation the user works for, through any membership (see Actor.worksFor). */
export function organisationsWorkedFor(actor: Actor): string[] {
  return [...new Set([...(actor.worksFor ?? []), ...actor.memberships.map((m) => m.organisationId)])];
}
