import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ABSENCE_MAPPINGS, type AbsenceMappingName } from '../absence-mappings';

export const AbsenceMapping = Object.fromEntries(Object.keys(ABSENCE_MAPPINGS).map((k) => [k, k])) as { [K in AbsenceMappingName]: K };
registerEnumType(AbsenceMapping, { name: 'AbsenceMapping', description: 'Which export the file is: the canonical CSV or a registration system' });

@InputType()
export class ImportAbsencesInput {
  @Field(() => ID)
  schoolId!: string;

  @Field({ description: 'The file in the canonical format of CONTRACT.md (comma or semicolon separated, UTF-8).' })
  csv!: string;

  @Field(() => AbsenceMapping, { defaultValue: 'CANONICAL' })
  mapping!: AbsenceMappingName;

  @Field({ defaultValue: false, description: 'Import the good rows even when some rows are wrong (default: all or nothing).' })
  keepGoodRows!: boolean;

  @Field(() => String, { nullable: true, description: 'A key of your choosing: ask absenceImportProgress(importId) while the import runs.' })
  importId?: string | null;
}

@ObjectType('ImportRowError')
export class ImportRowErrorModel {
  @Field(() => Int, { description: 'Line in the file (1 is the header; 0 the file as a whole).' })
  line!: number;

  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field()
  message!: string;
}

@ObjectType('ImportResult')
export class ImportResultModel {
  @Field(() => Int, { description: 'Registrations written.' })
  imported!: number;

  @Field(() => Int, { description: 'Registrations that were already there (a re-import changes nothing).' })
  alreadyPresent!: number;

  @Field(() => Int, { description: 'New signals the protocol raised after this import.' })
  signalsRaised!: number;

  @Field({ description: 'True when nothing was written because of errors (all or nothing).' })
  rejected!: boolean;

  @Field(() => [ImportRowErrorModel])
  errors!: ImportRowErrorModel[];
}
