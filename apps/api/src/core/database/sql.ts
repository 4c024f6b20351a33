/** `'A', 'B'` for a CHECK constraint listing an enum's values (the values are code constants, never input). */
export function sqlValueList(values: Record<string, string> | readonly string[]): string {
  const list = Array.isArray(values) ? values : Object.values(values);
  return list.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}
