import { describe, expect, it } from 'vitest';
import { translate } from '@aanwezig/messages';
import { namesParams } from './consent.errors';

describe('namesParams', () => {
  it('names one guardian as the sentence always did', () => {
    expect(translate('errors.consent.guardiansMissing', namesParams(['Fatima Amrani']))).toBe(
      'Ook Fatima Amrani (met gezag) moet toestemming geven.',
    );
  });

  it('joins two with "en" in Dutch and "and" in English', () => {
    const params = namesParams(['A. de Vries', 'B. de Vries']);
    expect(translate('errors.consent.guardiansMissing', params)).toBe(
      'Ook A. de Vries en B. de Vries (met gezag) moet toestemming geven.',
    );
    expect(translate('errors.consent.guardiansMissing', params, 'en')).toBe(
      'A. de Vries and B. de Vries (with parental authority) must give consent too.',
    );
  });

  it('lists more with commas before the last', () => {
    expect(namesParams(['A', 'B', 'C'])).toEqual({ context: 'many', others: 'A, B', last: 'C' });
    expect(translate('errors.consent.guardiansMissing', namesParams(['A', 'B', 'C']))).toBe(
      'Ook A, B en C (met gezag) moet toestemming geven.',
    );
  });
});
