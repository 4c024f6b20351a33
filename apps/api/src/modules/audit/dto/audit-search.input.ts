import { InputError } from '../../../core/errors/input';

/** The fewest characters a search for a pupil takes (a pupil number or part of a name). */
export const AUDIT_SEARCH_MIN = 2;

/** The privacy officer's search text, trimmed; too short a search is refused naming the field. */
export function auditSearchText(search: string): string {
  const text = search.trim();
  if (text.length < AUDIT_SEARCH_MIN) throw new InputError('search', 'audit.searchTooShort', { min: AUDIT_SEARCH_MIN });
  return text;
}
