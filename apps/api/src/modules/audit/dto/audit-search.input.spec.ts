import { describe, expect, it } from 'vitest';
import { auditSearchText } from './audit-search.input';

describe('auditSearchText', () => {
  it('trims the search', () => {
    expect(auditSearchText('  de Vries ')).toBe('de Vries');
  });

  it('refuses fewer than 2 characters, in the Dutch it always said', () => {
    expect(() => auditSearchText(' a ')).toThrow(
      expect.objectContaining({
        field: 'search',
        message: 'Geef minstens 2 tekens: een leerlingnummer of een deel van de naam.',
      }),
    );
  });
});
