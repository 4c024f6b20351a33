import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DataCategory } from '@aanwezig/domain';
import { requireText } from '../../../core/errors/input';
import '../../../core/graphql/enums';

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

/** The text of a minutes section, checked. */
export function minutesBody(input: RecordMinutesInput): string {
  return requireText(input.body, 'body', { max: 20_000, label: 'meeting.minutes' });
}

/** The text of a decision, checked. */
export function decisionBody(input: RecordDecisionInput): string {
  return requireText(input.body, 'body', { max: 4000, label: 'meeting.decision' });
}
