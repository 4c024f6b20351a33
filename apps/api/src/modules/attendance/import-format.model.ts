import { Field, ObjectType } from '@nestjs/graphql';
import { AbsenceMapping } from './dto/import-absences.input';
import type { AbsenceMappingName } from './absence-mappings';

@ObjectType('AbsenceImportColumn', { description: 'A canonical column and the header names a mapping reads it from.' })
export class AbsenceImportColumnModel {
  @Field({ description: 'The canonical column (CONTRACT.md), e.g. pupil_ref.' })
  column!: string;

  @Field(() => [String], {
    description: 'The header names this mapping reads it from (the canonical format: its own).',
  })
  names!: string[];

  @Field({ description: 'Whether a file read with this mapping must have it.' })
  required!: boolean;
}

@ObjectType('AbsenceReasonValue', { description: 'A value of the reason column, and the reason code it stands for.' })
export class AbsenceReasonValueModel {
  @Field()
  value!: string;

  @Field({ description: 'SICK, MEDICAL, LATE, TRUANCY, LUXURY_LEAVE, SUSPENSION, EXEMPT or OTHER.' })
  reason!: string;
}

@ObjectType('AbsenceImportFormat', {
  description: 'What a file read with this mapping must look like: columns, date form and values. No pupil data.',
})
export class AbsenceImportFormatModel {
  @Field(() => AbsenceMapping)
  mapping!: AbsenceMappingName;

  @Field({ description: "The mapping's name as the API knows it (the screen says it from its own texts)." })
  label!: string;

  @Field({ description: 'ISO: YYYY-MM-DD; DMY: DD-MM-YYYY.' })
  dateFormat!: string;

  @Field(() => [AbsenceImportColumnModel])
  columns!: AbsenceImportColumnModel[];

  @Field(() => [String], { description: 'Values of the authorised column it reads.' })
  authorisedValues!: string[];

  @Field(() => [AbsenceReasonValueModel])
  reasonValues!: AbsenceReasonValueModel[];
}
