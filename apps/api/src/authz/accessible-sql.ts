import type { Action, AppAbility, Subject, SubjectShape } from '@aanwezig/authz';

/** Thrown for a rule the SQL translation does not understand: fail closed rather than over-share. */
export class UnsupportedRuleError extends Error {}

/**
 * For each attribute the ability's conditions may use: SQL that is true when the attribute matches
 * any value of the array parameter named `param` (e.g. `c.school_id = ANY(:p)`, or an EXISTS over a
 * join table for array attributes).
 */
export type AttributeSql<S extends Subject> = { [A in keyof SubjectShape[S]]: (param: string) => string };

export interface AccessSql {
  sql: string;
  params: Record<string, unknown[]>;
}

let counter = 0;

/**
 * Turns the ability's rules for (action, subject) into one SQL condition (OR of the rules, AND within
 * a rule), so lists are filtered in the database. Returns null when nothing is allowed at all.
 * Only equality and `$in` conditions are understood; anything else throws.
 */
export function accessibleSql<S extends Subject>(
  ability: AppAbility,
  action: Action,
  subject: S,
  attributes: AttributeSql<S>,
): AccessSql | null {
  const rules = ability.rulesFor(action, subject);
  if (rules.length === 0) return null;
  const params: Record<string, unknown[]> = {};
  const alternatives = rules.map((rule) => {
    if (rule.inverted) throw new UnsupportedRuleError(`inverted rule on ${subject}`);
    if (!rule.conditions) throw new UnsupportedRuleError(`unconditional access to ${subject}`);
    const clauses = Object.entries(rule.conditions as Record<string, unknown>).map(([attribute, condition]) => {
      const toSql = attributes[attribute as keyof SubjectShape[S]];
      if (!toSql) throw new UnsupportedRuleError(`no SQL for ${subject}.${attribute}`);
      const param = `access_${(counter = (counter + 1) % 1_000_000)}`;
      params[param] = valuesOf(condition, `${subject}.${attribute}`);
      return toSql(param);
    });
    return `(${clauses.join(' AND ')})`;
  });
  return { sql: `(${alternatives.join(' OR ')})`, params };
}

function valuesOf(condition: unknown, where: string): unknown[] {
  if (condition === null || typeof condition !== 'object') return [condition];
  const operators = Object.keys(condition);
  if (operators.length === 1 && operators[0] === '$in') return (condition as { $in: unknown[] }).$in;
  throw new UnsupportedRuleError(`operator ${operators.join()} on ${where}`);
}
