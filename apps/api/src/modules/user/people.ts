import { In, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';
import type { PersonModel } from './user-summary.model';

/** Names of users by id, in one query. Unknown ids are absent from the map. */
export async function loadPeople(manager: EntityManager, ids: Iterable<string>): Promise<Map<string, PersonModel>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await manager.find(UserEntity, { where: { id: In(unique) }, select: ['id', 'name'] });
  return new Map(users.map((u) => [u.id, { id: u.id, name: u.name }]));
}

export const UNKNOWN_PERSON: PersonModel = { id: '00000000-0000-0000-0000-000000000000', name: 'Onbekend' };
