import { Field, InputType, Int } from '@nestjs/graphql';
import { requireDate } from '../../../core/errors/input';
import { censusInFuture, countNotNegative } from '../report.errors';

@InputType()
export class TakeCensusInput {
  @Field({ description: 'YYYY-MM-DD, today or earlier, after the last census.' })
  date!: string;

  @Field(() => Int, { nullable: true })
  exemptions5a?: number | null;

  @Field(() => Int, { nullable: true })
  absoluteAbsence?: number | null;
}

/** The largest count a census accepts for the region's own figures. */
export const CENSUS_COUNT_MAX = 100_000;

/** takeCensus's input, checked against `today` (YYYY-MM-DD): an existing date not after today, counts of 0 or more. */
export function checkTakeCensus(input: TakeCensusInput, today: string): string {
  const date = requireDate(input.date, 'date', 'report.censusDate');
  if (date > today) throw censusInFuture();
  for (const [field, value] of [
    ['exemptions5a', input.exemptions5a],
    ['absoluteAbsence', input.absoluteAbsence],
  ] as const) {
    if (value !== undefined && value !== null && (!Number.isInteger(value) || value < 0 || value > CENSUS_COUNT_MAX))
      throw countNotNegative(field);
  }
  return date;
}
