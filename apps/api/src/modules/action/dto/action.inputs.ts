import { Field, ID, InputType } from '@nestjs/graphql';
import { DataCategory } from '@aanwezig/domain';
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
