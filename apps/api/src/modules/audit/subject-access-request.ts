import { dutchDate } from '@aanwezig/domain';
import { InputError, requireDate } from '../../core/errors/input';

/** Why an export is made: the parents' (or pupil's) request it answers, as the privacy officer recorded it. */
export interface SubjectAccessRequest {
  /** The request's reference, e.g. the kenmerk of the parents' letter; at most REFERENCE_MAX characters. */
  reference: string;
  /** The day the request came in, YYYY-MM-DD; not in the future. */
  requestDate: string;
}

export const REFERENCE_MAX = 100;

/**
 * The request an export answers, checked before anything is read. Both are required: an export
 * without a reason is refused with the field named (`reference`, `requestDate`) and a Dutch message.
 * The arguments are nullable in the schema only so that a missing one gets this message.
 */
export function subjectAccessRequest(
  reference: string | null | undefined,
  requestDate: string | null | undefined,
): SubjectAccessRequest {
  const text = (reference ?? '').replace(/\s+/g, ' ').trim();
  if (!text) {
    throw new InputError(
      'reference',
      'Kenmerk van het verzoek is verplicht: neem het kenmerk over uit de brief of e-mail van de ouders (of van de leerling). Er is niets geëxporteerd.',
    );
  }
  if (text.length > REFERENCE_MAX)
    throw new InputError('reference', `Kenmerk van het verzoek is te lang (maximaal ${REFERENCE_MAX} tekens).`);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(text))
    throw new InputError('reference', 'Kenmerk van het verzoek bevat tekens die niet in een kenmerk horen.');
  const date = (requestDate ?? '').trim();
  if (!date) {
    throw new InputError(
      'requestDate',
      'Datum van het verzoek is verplicht: de dag waarop het verzoek binnenkwam, in de vorm JJJJ-MM-DD. Er is niets geëxporteerd.',
    );
  }
  requireDate(date, 'requestDate', 'Datum van het verzoek');
  if (date > dutchDate())
    throw new InputError(
      'requestDate',
      'Datum van het verzoek ligt in de toekomst: geef de dag waarop het verzoek binnenkwam.',
    );
  return { reference: text, requestDate: date };
}

/** The audited record of an export: format, the request's date and reference (`SubjectAccess:PDF:2026-03-02:INZ-14`). */
export function subjectAccessAuditSubject(format: 'JSON' | 'PDF', request: SubjectAccessRequest): string {
  return `SubjectAccess:${format}:${request.requestDate}:${request.reference}`;
}
