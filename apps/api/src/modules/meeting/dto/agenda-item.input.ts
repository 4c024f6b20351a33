import { Field, ID, InputType } from '@nestjs/graphql';
import { InputError, requireText } from '../../../core/errors/input';

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'A case, or…' })
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: '…a general topic.' })
  topic?: string | null;
}

/** A case or a topic, not both and not neither; the topic's text, checked (null for a case). */
export function checkAgendaItem(input: AddAgendaItemInput): { topic: string | null } {
  if (Boolean(input.caseId) === Boolean(input.topic?.trim())) throw new InputError('caseId', 'meeting.caseOrTopic');
  return { topic: input.topic ? requireText(input.topic, 'topic', { max: 300, label: 'meeting.topic' }) : null };
}
