import { subject } from '@casl/ability';
import type { DataCategory } from '@aanwezig/domain';
import { defineAbilityFor, type AppAbility, type SubjectShape } from './ability';
import type { Actor } from './actor';
import { categoryVisibility, type CaseReader } from './visibility';

/** The facts of an action that decide who changes it: its owner and its case. */
export interface ActionFacts {
  ownerUserId: string;
  case: SubjectShape['Case'];
}

/**
 * Who changes an action (marks it done, hands it to someone else, gives it a new deadline): its owner,
 * and whoever may change the case (the school's coordinators and directie). Said once for the three
 * mutations and for the screens, which offer the controls only where this says yes.
 */
export function mayChangeAction(actor: Actor, ability: AppAbility, action: ActionFacts): boolean {
  return action.ownerUserId === actor.userId || ability.can('update', subject('Case', { ...action.case }));
}

export type ActionOwnerDecision =
  | { allowed: true }
  /** Not an active user of the case's region. */
  | { allowed: false; reason: 'ownerUnknown' }
  /** They could not open the case (not at its school, their organisation not involved). */
  | { allowed: false; reason: 'ownerCannotSeeCase' }
  /** They could open the case but not read the action's title (its category). */
  | { allowed: false; reason: 'ownerCannotSeeCategory' };

/**
 * May `candidate` own an action of this category on this case? Only someone of the case's region who
 * may open the case and read the action's title (`candidateReader`: what the candidate brings to this
 * case for the visibility matrix). The same rule picks who a reassignment may offer.
 */
export function actionOwnerDecision(
  candidate: Actor | null,
  facts: SubjectShape['Case'],
  candidateReader: CaseReader | null,
  category: DataCategory,
): ActionOwnerDecision {
  if (!candidate || candidate.regionId !== facts.regionId) return { allowed: false, reason: 'ownerUnknown' };
  if (!defineAbilityFor(candidate).can('read', subject('Case', { ...facts })))
    return { allowed: false, reason: 'ownerCannotSeeCase' };
  if (!candidateReader || !categoryVisibility(candidateReader, category).visible)
    return { allowed: false, reason: 'ownerCannotSeeCategory' };
  return { allowed: true };
}
