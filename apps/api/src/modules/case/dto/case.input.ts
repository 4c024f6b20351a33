import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CaseCategory, CaseOutcome, CaseStatus, MTSS_TIERS, Typology } from '@aanwezig/domain';
import { isUuid } from '../../../core/database/uuid';
import { InputError, optionalText } from '../../../core/errors/input';
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

  @Field(() => ID, {
    nullable: true,
    description: 'The new owner: a coordinator or the leadership of the case’s school (Case.editing.ownerCandidates).',
  })
  ownerId?: string | null;

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

/** The MTSS tier, 1 to 3. */
export function checkTier(tier: number): number {
  if (!MTSS_TIERS.includes(tier as 1 | 2 | 3)) throw new InputError('tier', 'case.tierRange');
  return tier;
}

/** The mentor's note: optional, at most 4000 characters (null when empty). */
export const mentorNotesOf = (value: string | null | undefined) =>
  optionalText(value, 'mentorNotes', { max: 4000, label: 'case.mentorNotes' });

/** The home situation: optional, at most 4000 characters (null when empty). */
export const homeSituationOf = (value: string | null | undefined) =>
  optionalText(value, 'homeSituation', { max: 4000, label: 'case.homeSituation' });

/** An explanation given with closing a case or with the worry flag: optional, at most 2000 characters. */
export const noteOf = (value: string | null | undefined) =>
  optionalText(value, 'note', { max: 2000, label: 'case.note' });

/** The input rules of createCase that need no database: the pupil's id, the tier and the note. */
export function checkCreateCase(input: CreateCaseInput): { tier: number; mentorNotes: string | null } {
  if (!isUuid(input.pupilId)) throw new InputError('pupilId', 'case.pupilNotFound');
  return { tier: checkTier(input.tier ?? 1), mentorNotes: mentorNotesOf(input.mentorNotes) };
}
