import { AbilityBuilder, createMongoAbility, type ForcedSubject, type MongoAbility } from '@casl/ability';
import type { Actor } from './actor';

/** What can be done. `manage` is never granted: every permission is named. */
export type Action = 'read' | 'create' | 'update' | 'delete';


/**
 * The attributes each subject's conditions may use. Conditions are kept to plain equality and `$in`
 * so the API can turn them into SQL filters (lists are filtered in the database, not after loading).
 */
export interface SubjectShape {
  Organisation: { id: string; regionId: string };
  User: { id: string };
  Region: { id: string };
}

/** The records the ability speaks about (CASL subject types). */
export type Subject = keyof SubjectShape;

/** A subject given either by name (may the actor do this to any?) or as a tagged record (to this one?). */
type Subjects = { [K in Subject]: K | (SubjectShape[K] & ForcedSubject<K>) }[Subject];

export type AppAbility = MongoAbility<[Action, Subjects]>;

/**
 * Builds the actor's ability. Deny by default: anything not granted here is refused.
 * Everyone in a region may see the region's organisations (names and kinds are not pupil data).
 */
export function defineAbilityFor(actor: Actor): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  can('read', 'Region', { id: actor.regionId });
  can('read', 'Organisation', { regionId: actor.regionId });
  can('read', 'User', { id: actor.userId });
  return build();
}
