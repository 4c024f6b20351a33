import { InputError, requireText } from '../../../core/errors/input';
import type { CaseFilter } from '../../case/dto/case.input';
import type { SavedCaseFilter } from '../saved-view.model';

/** The name a view is saved under: required, at most 60 characters. */
export function savedViewName(name: string): string {
  return requireText(name, 'name', { max: 60, label: 'savedView.name' });
}

/**
 * The filter as a view keeps it: without empty values, and never with search text (it can name a
 * pupil), which is refused rather than dropped.
 */
export function keptFilter(filter: CaseFilter): SavedCaseFilter {
  const { search, ...kept } = filter;
  if (search?.trim()) throw new InputError('filter.search', 'savedView.noSearch');
  return Object.fromEntries(
    Object.entries(kept).filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}
