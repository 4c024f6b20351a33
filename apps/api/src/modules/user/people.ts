import { In, type EntityManager } from 'typeorm';
import type { CaseReader } from '@aanwezig/authz';
import { UserEntity } from './user.entity';
import type { PersonModel } from './user-summary.model';

/** Names of users by id, in one query. Unknown ids are absent from the map. */
export async function loadPeople(manager: EntityManager, ids: Iterable<string>): Promise<Map<string, PersonModel>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await manager.find(UserEntity, { where: { id: In(unique) }, select: ['id', 'name'] });
  return new Map(users.map((u) => [u.id, { id: u.id, name: u.name }]));
}

/** Whether the user works for the organisation (holds a membership there). */
export async function isMemberOf(manager: EntityManager, userId: string, organisationId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM membership WHERE user_id = $1 AND organisation_id = $2 LIMIT 1`,
    [userId, organisationId],
  );
  return rows.length > 0;
}

export const UNKNOWN_PERSON: PersonModel = { id: '00000000-0000-0000-0000-000000000000', name: 'Onbekend' };

/** The organisations each of these users works for, in one query. */
export async function loadOrganisationsOf(
  manager: EntityManager,
  userIds: Iterable<string>,
): Promise<Map<string, string[]>> {
  const unique = [...new Set(userIds)];
  const result = new Map<string, string[]>();
  if (unique.length === 0) return result;
  const rows: { user_id: string; organisation_id: string }[] = await manager.query(
    `SELECT user_id, organisation_id FROM membership WHERE user_id = ANY($1)`,
    [unique],
  );
  for (const r of rows) result.set(r.user_id, [...(result.get(r.user_id) ?? []), r.organisation_id]);
  return result;
}

/**
 * The reader for a record someone wrote: its author's organisations decide AUTHOR_ORGANISATION
 * categories (jeugdarts advice) and the jeugdarts's own notes.
 */
export function authoredBy(reader: CaseReader, organisationsOf: Map<string, string[]>, authorId: string): CaseReader {
  return { ...reader, authorOrganisationIds: organisationsOf.get(authorId) ?? [] };
}
