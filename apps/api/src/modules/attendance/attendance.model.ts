import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { MessageParamModel } from '../../core/graphql/message-param.model';
import { ShieldModel } from '../../core/graphql/shield.model';

@ObjectType('AttendanceWeek', { description: 'One school week of the year so far (holiday weeks are left out).' })
export class AttendanceWeekModel {
  @Field({ description: 'The Monday of the week, YYYY-MM-DD.' })
  weekStart!: string;

  @Field(() => Int, { description: 'School days in the week (study days and holidays do not count).' })
  schoolDays!: number;

  @Field(() => Float, { nullable: true, description: 'Clock hours (PO) or lesson hours (VO).' })
  authorisedHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'Clock hours (PO) or lesson hours (VO).' })
  unauthorisedHours!: number | null;

  @Field(() => [ShieldModel])
  shielded!: ShieldModel[];
}

@ObjectType('Attendance', { description: 'The current school year so far; each figure shown as the matrix allows.' })
export class AttendanceModel {
  @Field({ description: 'YYYY-MM-DD' })
  from!: string;

  @Field({ description: 'YYYY-MM-DD' })
  to!: string;

  @Field(() => Float, { nullable: true, description: 'Share of school time present, percent.' })
  percentage!: number | null;

  @Field(() => Float, { nullable: true, description: 'School days missed, in halves ("5 dagen gemist").' })
  daysMissed!: number | null;

  @Field(() => Float, { nullable: true, description: 'Clock hours (PO) or lesson hours (VO).' })
  authorisedHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'Clock hours (PO) or lesson hours (VO).' })
  unauthorisedHours!: number | null;

  @Field(() => Int, { nullable: true })
  lates!: number | null;

  @Field(() => Int, { nullable: true })
  sickReports!: number | null;

  @Field(() => Int, { nullable: true })
  consecutiveSickSchoolDays!: number | null;

  @Field(() => [AttendanceWeekModel], {
    description: 'Per school week, for a chart; each week masked like the totals.',
  })
  weeks!: AttendanceWeekModel[];

  @Field(() => [ShieldModel])
  shielded!: ShieldModel[];
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
