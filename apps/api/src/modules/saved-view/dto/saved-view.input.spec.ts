import { describe, expect, it } from 'vitest';
import { keptFilter, savedViewName } from './saved-view.input';

describe('saved view input', () => {
  it('keeps the filter without empty values', () => {
    expect(keptFilter({ status: [], tier: [2], schoolId: null, overdue: true, search: '  ' })).toEqual({
      tier: [2],
      overdue: true,
    });
  });

  it('refuses search text, naming the field', () => {
    expect(() => keptFilter({ search: 'Jan' })).toThrow(
      expect.objectContaining({ field: 'filter.search', reason: 'savedView.noSearch' }),
    );
  });

  it('requires a name of at most 60 characters', () => {
    expect(savedViewName('  Mijn open casussen ')).toBe('Mijn open casussen');
    expect(() => savedViewName(' ')).toThrow(expect.objectContaining({ field: 'name', reason: 'input.required' }));
    expect(() => savedViewName('x'.repeat(61))).toThrow(
      expect.objectContaining({ reason: 'input.tooLong', params: { label: 'savedView.name', max: 60 } }),
    );
  });
});
