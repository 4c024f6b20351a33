import type { Action, AppAbility, Subject, SubjectShape } from '@aanwezig/authz';
import { In, type FindOptionsWhere } from 'typeorm';

/** Thrown for a rule the SQL translation does not understand: fail closed rather than over-share. */
export class UnsupportedRuleError extends Error {}

type Condition = Record<string, unknown>;

/**
 * Turns the ability's rules for (action, subject) into TypeORM where-clauses (OR of the entries),
 * so lists are filtered in the database. Returns null when nothing is allowed. Only the condition
 * shapes libs/authz uses are supported: equality and `$in` on attributes that are entity properties.
 */
export function accessibleWhere<S extends Subject, E>(
  ability: AppAbility,
  action: Action,
  subject: S,
): FindOptionsWhere<E>[] | null {
  const rules = ability.rulesFor(action, subject);
  if (rules.length === 0) return null;
  return rules.map((rule) => {
    if (rule.inverted) throw new UnsupportedRuleError(`inverted rule on ${subject}`);
    if (!rule.conditions) throw new UnsupportedRuleError(`unconditional access to ${subject}`);
    return toWhere<S, E>(rule.conditions as Condition);
  });
}

function toWhere<S extends Subject, E>(condition: Condition): FindOptionsWhere<E> {
  const where: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(condition) as [keyof SubjectShape[S] & string, unknown][]) {
    if (value !== null && typeof value === 'object') {
      const operators = Object.keys(value);
      if (operators.length !== 1 || operators[0] !== '$in') throw new UnsupportedRuleError(`operator ${operators.join()} on ${field}`);
      where[field] = In((value as { $in: unknown[] }).$in);
    } else {
      where[field] = value;
    }
  }
  return where as FindOptionsWhere<E>;
}
