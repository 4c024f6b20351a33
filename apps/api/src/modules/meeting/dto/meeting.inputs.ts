import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { DataCategory, MeetingKind, MeetingStatus } from '@aanwezig/domain';
import '../../../core/graphql/enums';

@InputType()
export class CreateMeetingInput {
  @Field(() => ID, { description: 'The hosting school.' })
  organisationId!: string;

  @Field(() => MeetingKind, { defaultValue: MeetingKind.SAT })
  kind!: MeetingKind;

  @Field()
  title!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => Int, { defaultValue: 90 })
  durationMinutes!: number;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Invited people (the chair is always a participant).' })
  participantIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Defaults to you.' })
  chairId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Plan a series: repeat every N weeks (SAT: usually 4).' })
  repeatEveryWeeks?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many meetings the series has (2-26).' })
  occurrences?: number | null;
}

@InputType()
export class RescheduleMeetingInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Unchanged when left out.' })
  durationMinutes?: number | null;
}

@InputType()
export class MeetingFilter {
  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  to?: Date | null;

  @Field(() => MeetingStatus, { nullable: true })
  status?: MeetingStatus | null;
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'A case, or…' })
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: '…a general topic.' })
  topic?: string | null;
}

@InputType()
export class RecordMinutesInput {
  @Field(() => ID)
  agendaItemId!: string;

  @Field(() => ID, { nullable: true, description: 'Edit this section (with expectedVersion); omit to add a section.' })
  sectionId?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => ID, { nullable: true, description: 'After the meeting closed: the section this corrects.' })
  correctsSectionId?: string | null;

  @Field(() => DataCategory, { description: 'What kind of pupil data this section holds; decides who reads it.' })
  category!: DataCategory;

  @Field()
  body!: string;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID)
  agendaItemId!: string;

  @Field()
  body!: string;

  @Field(() => DataCategory, { defaultValue: DataCategory.CLASSIFICATION })
  category!: DataCategory;
}
