import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CaseCategory, CaseOutcome, CaseStatus, Typology } from '@aanwezig/domain';
import '../../../core/graphql/enums';

@InputType()
export class CaseFilter {
  @Field(() => [CaseStatus], { nullable: true, description: 'Default: open and monitoring cases.' })
  status?: CaseStatus[] | null;

  @Field(() => [CaseCategory], { nullable: true })
  category?: CaseCategory[] | null;

  @Field(() => [Typology], { nullable: true })
  typology?: Typology[] | null;

  @Field(() => [Int], { nullable: true })
  tier?: number[] | null;

  @Field(() => ID, { nullable: true })
  schoolId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Cases with an open action owned by this user.' })
  actionOwnerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only cases with overdue open actions.' })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: "Search in the pupil's name or pupil number." })
  search?: string | null;
}

@InputType()
export class CreateCaseInput {
  @Field(() => ID)
  pupilId!: string;

  @Field(() => CaseCategory, { nullable: true })
  category?: CaseCategory | null;

  @Field(() => Typology, { nullable: true })
  typology?: Typology | null;

  @Field(() => Int, { nullable: true, defaultValue: 1 })
  tier?: number | null;

  @Field({ nullable: true, defaultValue: false })
  worryFlag?: boolean;

  @Field(() => String, { nullable: true })
  mentorNotes?: string | null;
}

@InputType()
export class UpdateCaseInput {
  @Field(() => CaseCategory, { nullable: true })
  category?: CaseCategory | null;

  @Field(() => Typology, { nullable: true })
  typology?: Typology | null;

  @Field(() => Int, { nullable: true })
  tier?: number | null;

  @Field(() => CaseStatus, { nullable: true, description: 'OPEN or MONITORING; use closeCase to close.' })
  status?: CaseStatus | null;

  @Field({ nullable: true })
  flaggedForMeeting?: boolean;

  @Field(() => String, { nullable: true })
  mentorNotes?: string | null;

  @Field(() => String, { nullable: true })
  homeSituation?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you edited; a newer one on the server is a CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType()
export class CloseCaseInput {
  @Field(() => CaseOutcome)
  outcome!: CaseOutcome;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
