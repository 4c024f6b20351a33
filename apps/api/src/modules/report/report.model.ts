import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ShieldModel } from '../../core/graphql/shield.model';
import { CaseModel } from '../case/case.model';

@ObjectType('Census', { description: 'A peildatum: the frozen state of the region that MSA reports are built from.' })
export class CensusModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'YYYY-MM-DD' })
  date!: string;

  @Field()
  takenAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Vrijstellingen art. 5 sub a (from the municipality).' })
  exemptions5a!: number | null;

  @Field(() => Int, { nullable: true, description: 'Absoluut verzuim (from the municipality).' })
  absoluteAbsence!: number | null;
}

@ObjectType('CensusFrozen', {
  description:
    'What a census froze, region-wide: the schools and their pupils on record that day, and the cases counted (open or monitoring on the date, or closed since the census before). The case count follows the report: null under the suppression threshold.',
})
export class CensusFrozenModel {
  @Field(() => Int)
  schools!: number;

  @Field(() => Int)
  pupils!: number;

  @Field(() => Int, { nullable: true, description: 'Null when fewer than the threshold (as in the report).' })
  cases!: number | null;

  @Field(() => Int)
  threshold!: number;
}

@ObjectType('ReportCell', {
  description: 'A count, or null when it is suppressed (fewer than the threshold, or it would give a small one away).',
})
export class ReportCellModel {
  @Field({ description: 'Category, typology or outcome code; TOTAL; NONE for cases not yet classified.' })
  group!: string;

  @Field({ description: 'Dutch label of the group.' })
  label!: string;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType('ReportRow')
export class ReportRowModel {
  @Field(() => ID)
  schoolId!: string;

  @Field()
  schoolName!: string;

  @Field(() => Int)
  population!: number;

  @Field(() => [ReportCellModel])
  cells!: ReportCellModel[];

  @Field(() => ReportCellModel)
  total!: ReportCellModel;

  @Field(() => Float, { nullable: true, description: 'Percent of the population.' })
  share!: number | null;
}

@ObjectType('ReportTable')
export class ReportTableModel {
  @Field({ description: 'category, typology or outcome' })
  dimension!: string;

  @Field(() => [ReportRowModel])
  rows!: ReportRowModel[];

  @Field(() => [ReportCellModel])
  totals!: ReportCellModel[];

  @Field(() => ReportCellModel)
  grandTotal!: ReportCellModel;

  @Field(() => Int)
  population!: number;

  @Field(() => Float, { nullable: true })
  share!: number | null;
}

@ObjectType('TrendPoint')
export class TrendPointModel {
  @Field(() => ID)
  censusId!: string;

  @Field()
  date!: string;

  @Field(() => ReportCellModel)
  total!: ReportCellModel;

  @Field(() => Float, { nullable: true })
  share!: number | null;

  @Field(() => Float, { nullable: true, description: 'Change of the total against the census before, percent.' })
  changePercent!: number | null;

  @Field(() => [ReportCellModel], { description: "The region's pupils per category on that date." })
  byCategory!: ReportCellModel[];
}

@ObjectType('CensusCase', { description: "One of your school's cases as it stood on the census date." })
export class CensusCaseModel {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  schoolId!: string;

  @Field(() => CaseModel, { description: 'The case now, as you may see it.' })
  case!: CaseModel;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => String, { nullable: true })
  typology!: string | null;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => [ShieldModel])
  shielded!: ShieldModel[];
}

@ObjectType('MsaReport', {
  description: 'The MSA report for a census date: per school and for the region, with trends.',
})
export class MsaReportModel {
  @Field(() => CensusModel)
  census!: CensusModel;

  @Field(() => Int, { description: 'Counts under this are suppressed in regional views.' })
  threshold!: number;

  @Field(() => [String], { description: 'The biggest movements in plain Dutch.' })
  summary!: string[];

  @Field(() => [TrendPointModel])
  trend!: TrendPointModel[];

  @Field(() => ReportTableModel)
  category!: ReportTableModel;

  @Field(() => ReportTableModel)
  typology!: ReportTableModel;

  @Field(() => ReportTableModel, { description: 'Cases closed since the census before, by outcome.' })
  outcome!: ReportTableModel;

  @Field(() => ReportCellModel)
  exemptions5a!: ReportCellModel;

  @Field(() => ReportCellModel)
  absoluteAbsence!: ReportCellModel;

  @Field(() => [ID], { description: 'Schools whose figures you see in full (your own).' })
  ownSchoolIds!: string[];

  @Field(() => [CensusCaseModel], { description: "Your own school's cases on the census date." })
  detail!: CensusCaseModel[];
}
