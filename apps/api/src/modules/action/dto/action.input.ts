import { Field, ID, InputType } from '@nestjs/graphql';
import { DataCategory } from '@aanwezig/domain';
import { InputError, optionalText, requireDate, requireText } from '../../../core/errors/input';
import '../../../core/graphql/enums';

@InputType()
export class CreateActionInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item where it was agreed.' })
  agendaItemId?: string | null;

  @Field()
  title!: string;

  @Field(() => ID, { description: 'Who will do it; must be able to see the case.' })
  ownerId!: string;

  @Field({ description: 'YYYY-MM-DD, today or later' })
  dueDate!: string;

  @Field(() => DataCategory, {
    nullable: true,
    defaultValue: DataCategory.CLASSIFICATION,
    description: 'What kind of pupil data the title mentions.',
  })
  category?: DataCategory;
}

@InputType()
export class ActionFilter {
  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true })
  schoolId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only overdue actions.' })
  overdue?: boolean | null;
}

/** A new action's title, deadline (today or later, Dutch calendar) and category, checked. */
export function checkCreateAction(
  input: CreateActionInput,
  today: string,
): { title: string; dueDate: string; category: DataCategory } {
  const title = requireText(input.title, 'title', { max: 500, label: 'action.title' });
  const dueDate = requireDate(input.dueDate, 'dueDate', 'action.dueDate');
  if (dueDate < today) throw new InputError('dueDate', 'action.dueInPast');
  return { title, dueDate, category: input.category ?? DataCategory.CLASSIFICATION };
}

/** A new deadline for an action: a real date, written YYYY-MM-DD, today or later (Dutch calendar). */
export function checkNewDueDate(dueDate: string, today: string): string {
  const date = requireDate(dueDate, 'dueDate', 'action.dueDate');
  if (date < today) throw new InputError('dueDate', 'action.dueInPast');
  return date;
}

/** What was done, said when completing an action (optional). */
export function completionNote(note: string | null | undefined): string | null {
  return optionalText(note, 'note', { max: 2000, label: 'action.note' });
}
