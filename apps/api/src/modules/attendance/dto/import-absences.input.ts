import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { daysBetween } from '@aanwezig/domain';
import { requireDate } from '../../../core/errors/input';
import { importIdTooLong, periodReversed, periodTooLong } from '../attendance.errors';
import { ABSENCE_MAPPINGS, type AbsenceMappingName } from '../absence-mappings';

export const AbsenceMapping = Object.fromEntries(Object.keys(ABSENCE_MAPPINGS).map((k) => [k, k])) as {
  [K in AbsenceMappingName]: K;
};
registerEnumType(AbsenceMapping, {
  name: 'AbsenceMapping',
  description: 'Which export the file is: the canonical CSV or a registration system',
});

@InputType()
export class ImportAbsencesInput {
  @Field(() => ID)
  schoolId!: string;

  @Field({ description: 'The file in the canonical format of CONTRACT.md (comma or semicolon separated, UTF-8).' })
  csv!: string;

  @Field(() => AbsenceMapping, { defaultValue: 'CANONICAL' })
  mapping!: AbsenceMappingName;

  @Field({
    defaultValue: false,
    description: 'Import the good rows even when some rows are wrong (default: all or nothing).',
  })
  keepGoodRows!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'A key of your choosing: ask absenceImportProgress(importId) while the import runs.',
  })
  importId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'First day the file covers (YYYY-MM-DD); default: its earliest date. Stored registrations of its pupils in the period that the file no longer holds are removed.',
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Last day the file covers (YYYY-MM-DD); default: its latest date.',
  })
  to?: string | null;

  @Field({
    defaultValue: false,
    description:
      "The file holds every registration of the school in the period: a pupil without rows in it loses the period's stored registrations too (default: only the pupils in the file).",
  })
  wholeSchool!: boolean;
}

/** A school year and a little: a longer period would let one file replace years of registrations. */
export const MAX_PERIOD_DAYS = 400;
export const MAX_IMPORT_ID_LENGTH = 100;

/**
 * The input rules of an import, before its file is read: an import key of at most 100 characters, and a
 * period (when given) of existing dates, its end on or after its start, at most MAX_PERIOD_DAYS long.
 * Returns the period; throws the first rule broken (BAD_USER_INPUT naming the field).
 */
export function checkImportInput(input: Pick<ImportAbsencesInput, 'importId' | 'from' | 'to'>): {
  from: string | null;
  to: string | null;
} {
  if (input.importId && input.importId.length > MAX_IMPORT_ID_LENGTH) throw importIdTooLong(MAX_IMPORT_ID_LENGTH);
  const from = input.from ? requireDate(input.from, 'from', 'attendance.periodFrom') : null;
  const to = input.to ? requireDate(input.to, 'to', 'attendance.periodTo') : null;
  if (from && to && from > to) throw periodReversed();
  if (from && to && daysBetween(from, to) > MAX_PERIOD_DAYS) throw periodTooLong(MAX_PERIOD_DAYS);
  return { from, to };
}
