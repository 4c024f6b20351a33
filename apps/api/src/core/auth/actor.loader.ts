import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrganisationKind, Role } from '@aanwezig/domain';
import type { Actor } from '@aanwezig/authz';
import type { ActingAs } from './acting-as';
import { preparedQuery } from '../database/prepared';

/** One row per membership of an active user (a user without any gives one row of nulls). */
export interface MembershipRow {
  region_id: string;
  organisation_id: string | null;
  kind: OrganisationKind | null;
  role: Role | null;
}

/** The columns and joins that give MembershipRows for `u` (app_user). */
export const MEMBERSHIP_COLUMNS = `u.region_id, m.organisation_id, o.kind, m.role`;
export const MEMBERSHIP_JOINS = `LEFT JOIN membership m ON m.user_id = u.id LEFT JOIN organisation o ON o.id = m.organisation_id`;

/**
 * Builds the request's Actor from the database on every request, so a revoked membership takes effect
 * on the next one. One plain query: it runs for every request. Working as one membership narrows the
 * actor to it; if that membership is gone the session no longer signs anyone in.
 */
@Injectable()
export class ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
    actingAs: ActingAs | null = null,
  ): Promise<Actor | null> {
    const rows = await preparedQuery<MembershipRow>(
      manager,
      `SELECT ${MEMBERSHIP_COLUMNS} FROM app_user u ${MEMBERSHIP_JOINS} WHERE u.id = $1 AND u.active`,
      [userId],
    );
    return actorOf(userId, rows, actingAs);
  }
}

/** The actor of an active user's membership rows (none: no active user), narrowed to `actingAs`. */
export function actorOf(userId: string, rows: readonly MembershipRow[], actingAs: ActingAs | null): Actor | null {
  if (rows.length === 0) return null;
  const memberships = rows
    .filter((r) => r.organisation_id !== null)
    .map((r) => ({ organisationId: r.organisation_id!, organisationKind: r.kind!, role: r.role! }))
    .filter((m) => !actingAs || (m.organisationId === actingAs.organisationId && m.role === actingAs.role));
  if (actingAs && memberships.length === 0) return null;
  const worksFor = [...new Set(rows.map((r) => r.organisation_id).filter((id): id is string => id !== null))];
  return { userId, regionId: rows[0].region_id, memberships, worksFor };
}
