import { describe, expect, it } from 'vitest';
import { checkRecordConsent, type RecordConsentInput } from './record-consent.input';

const input: RecordConsentInput = {
  caseId: '00000000-0000-0000-0000-000000000000',
  givenByPupil: true,
  guardianIds: [],
  method: 'PAPER' as RecordConsentInput['method'],
  categories: ['SICK_LEAVE' as RecordConsentInput['categories'][number]],
  organisationIds: ['00000000-0000-0000-0000-000000000001'],
  purpose: '  Afstemming met de jeugdarts ',
  validFrom: '2026-03-01',
  validUntil: null,
};

const refusal = (change: Partial<RecordConsentInput>) => {
  try {
    checkRecordConsent({ ...input, ...change });
  } catch (error) {
    const { field, reason, params } = error as { field: string; reason: string; params: object };
    return { field, reason, params };
  }
  return null;
};

describe('checkRecordConsent', () => {
  it('gives the trimmed purpose and the dates', () => {
    expect(checkRecordConsent(input)).toEqual({
      purpose: 'Afstemming met de jeugdarts',
      validFrom: '2026-03-01',
      validUntil: null,
    });
  });

  it('refuses each rule naming its field and reason', () => {
    expect(refusal({ purpose: ' ' })).toMatchObject({ field: 'purpose', reason: 'input.required' });
    expect(refusal({ validFrom: '2026-02-30' })).toMatchObject({
      field: 'validFrom',
      reason: 'input.date',
      params: { label: 'consent.validFrom' },
    });
    expect(refusal({ validUntil: '2026-02-01' })).toMatchObject({
      field: 'validUntil',
      reason: 'consent.validUntilBeforeFrom',
    });
    expect(refusal({ categories: [] })).toMatchObject({ field: 'categories', reason: 'consent.categoriesRequired' });
    expect(refusal({ organisationIds: [] })).toMatchObject({
      field: 'organisationIds',
      reason: 'consent.organisationsRequired',
    });
  });
});
