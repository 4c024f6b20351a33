import { ArgsType, Field, ID } from '@nestjs/graphql';
import { dutchDate } from '@aanwezig/domain';
import { InputError, requireDate } from '../../../core/errors/input';

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
 * without a reason is refused with the field named (`reference`, `requestDate`) and a reason under `errors.subjectAccess.*`.
 * The arguments are nullable in the schema only so that a missing one gets this message.
 */
export function subjectAccessRequest(
  reference: string | null | undefined,
  requestDate: string | null | undefined,
): SubjectAccessRequest {
  const text = (reference ?? '').replace(/\s+/g, ' ').trim();
  if (!text) throw new InputError('reference', 'subjectAccess.referenceRequired');
  if (text.length > REFERENCE_MAX)
    throw new InputError('reference', 'subjectAccess.referenceTooLong', { max: REFERENCE_MAX });
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(text)) throw new InputError('reference', 'subjectAccess.referenceCharacters');
  const date = (requestDate ?? '').trim();
  if (!date) throw new InputError('requestDate', 'subjectAccess.requestDateRequired');
  requireDate(date, 'requestDate', 'subjectAccess.requestDate');
  if (date > dutchDate()) throw new InputError('requestDate', 'subjectAccess.requestDateInFuture');
  return { reference: text, requestDate: date };
}

/** The audited record of an export: format, the request's date and reference (`SubjectAccess:PDF:2026-03-02:INZ-14`). */
export function subjectAccessAuditSubject(format: 'JSON' | 'PDF', request: SubjectAccessRequest): string {
  return `SubjectAccess:${format}:${request.requestDate}:${request.reference}`;
}

/** The arguments both subject-access queries take: the pupil and the request the answer is for. */
@ArgsType()
export class SubjectAccessArgs {
  @Field(() => ID)
  pupilId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The request's reference, e.g. the kenmerk of the parents' letter (required).",
  })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'The day the request came in, YYYY-MM-DD (required).' })
  requestDate?: string | null;
}
