import { Field, InputType } from '@nestjs/graphql';
import { requireDate, requireText } from '../../../core/errors/input';
import { reportedInFuture } from '../signal.errors';

@InputType('MarkReportedToDuoInput')
export class MarkReportedToDuoInput {
  @Field({ description: 'YYYY-MM-DD: the day it was reported (not in the future).' })
  reportedOn!: string;

  @Field({ description: "DUO's reference for the report." })
  reference!: string;
}

export const MAX_DUO_REFERENCE_LENGTH = 100;

/**
 * The input rules of a report to DUO: the day it was reported exists and is not after `today`, and the
 * reference is given (at most 100 characters). Returns them trimmed; throws the first rule broken.
 */
export function checkReportToDuo(
  input: MarkReportedToDuoInput,
  today: string,
): { reportedOn: string; reference: string } {
  const reportedOn = requireDate(input.reportedOn, 'reportedOn', 'signal.reportedOn');
  if (reportedOn > today) throw reportedInFuture();
  const reference = requireText(input.reference, 'reference', {
    max: MAX_DUO_REFERENCE_LENGTH,
    label: 'signal.duoReference',
  });
  return { reportedOn, reference };
}
