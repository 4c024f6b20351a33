import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
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
