import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MessageParamModel } from '../../../core/graphql/message-param.model';
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

@ObjectType('ImportRowError')
export class ImportRowErrorModel {
  @Field(() => Int, { description: 'Line in the file (1 is the header; 0 the file as a whole).' })
  line!: number;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field({ description: 'What is wrong, in Dutch, for API clients; screens say `reason` and `params`.' })
  message!: string;

  @Field({ description: 'The key of the text under `errors.` in the message catalogue, e.g. attendance.row.notATime.' })
  reason!: string;

  @Field(() => [MessageParamModel])
  params!: MessageParamModel[];
}

@ObjectType('ImportResult')
export class ImportResultModel {
  @Field(() => Int, { description: 'New registrations (a slot that had none).' })
  imported!: number;

  @Field(() => Int, {
    description: 'Registrations replaced because the source changed them (e.g. truancy corrected to sick).',
  })
  changed!: number;

  @Field(() => Int, {
    description: 'Stored registrations of these pupils in the period that the source no longer exports: removed.',
  })
  removed!: number;

  @Field(() => Int, { description: 'Registrations that were already there unchanged (a re-import changes nothing).' })
  alreadyPresent!: number;

  @Field(() => Int, {
    description: 'Signals the protocol raised after this import (new, or holding again after a withdrawal).',
  })
  signalsRaised!: number;

  @Field(() => Int, { description: 'Signals withdrawn because the registrations they rested on were corrected away.' })
  signalsWithdrawn!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The period the import covered (YYYY-MM-DD), as given or read from the file.',
  })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;

  @Field({ description: 'True when nothing was written because of errors (all or nothing).' })
  rejected!: boolean;

  @Field(() => [ImportRowErrorModel])
  errors!: ImportRowErrorModel[];
}
