import { describe, expect, it } from 'vitest';
import { REFERENCE_MAX, subjectAccessAuditSubject, subjectAccessRequest } from './subject-access-request.input';

const refusal = (reference: string | null, requestDate: string | null) => {
  try {
    subjectAccessRequest(reference, requestDate);
  } catch (error) {
    const { field, reason, message } = error as { field: string; reason: string; message: string };
    return { field, reason, message };
  }
  return null;
};

describe('subjectAccessRequest', () => {
  it('takes the reference with its spaces tidied and the date', () => {
    expect(subjectAccessRequest('  INZ   14 ', '2026-03-02')).toEqual({
      reference: 'INZ 14',
      requestDate: '2026-03-02',
    });
    expect(subjectAccessAuditSubject('PDF', { reference: 'INZ-14', requestDate: '2026-03-02' })).toBe(
      'SubjectAccess:PDF:2026-03-02:INZ-14',
    );
  });

  it('refuses a missing, long or odd reference, naming the field, in the Dutch it always said', () => {
    expect(refusal(null, '2026-03-02')).toMatchObject({
      field: 'reference',
      reason: 'subjectAccess.referenceRequired',
      message: expect.stringMatching(/^Kenmerk van het verzoek is verplicht/),
    });
    expect(refusal('x'.repeat(REFERENCE_MAX + 1), '2026-03-02')).toMatchObject({
      field: 'reference',
      message: `Kenmerk van het verzoek is te lang (maximaal ${REFERENCE_MAX} tekens).`,
    });
    expect(refusal('INZ\u000714', '2026-03-02')).toMatchObject({ reason: 'subjectAccess.referenceCharacters' });
  });

  it('refuses a missing, impossible or future date', () => {
    expect(refusal('INZ-14', ' ')).toMatchObject({ field: 'requestDate', reason: 'subjectAccess.requestDateRequired' });
    expect(refusal('INZ-14', '2026-02-30')).toMatchObject({
      field: 'requestDate',
      reason: 'input.date',
      message: 'Datum van het verzoek moet een bestaande datum zijn in de vorm JJJJ-MM-DD.',
    });
    expect(refusal('INZ-14', '2999-01-01')).toMatchObject({ reason: 'subjectAccess.requestDateInFuture' });
  });
});
