import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionStatus, DataCategory, Role } from '@aanwezig/domain';
import { ConnectionType } from '../../core/graphql/pagination';
import { ShieldModel } from '../../core/graphql/shield.model';
import '../../core/graphql/enums';
import { PersonModel } from '../user/user-summary.model';

@ObjectType('Action')
export class ActionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item it was agreed at, if any.' })
  agendaItemId!: string | null;

  @Field(() => DataCategory, { description: 'Category of the title; decides who sees it.' })
  category!: DataCategory;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => PersonModel, {
    nullable: true,
    description:
      'Shielded (null) for a reader who may not see the case’s school and partners: a name tells which organisation works on it.',
  })
  owner!: PersonModel | null;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => ActionStatus)
  status!: ActionStatus;

  @Field({ description: 'Open and past its due date (Dutch calendar).' })
  overdue!: boolean;

  @Field(() => String, { nullable: true })
  completionNote!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => [ShieldModel])
  shielded!: ShieldModel[];

  /** Not in the schema: who owns it (the `owner` field may be shielded), for what the reader may do. */
  ownerUserId!: string;
}

export const ActionConnection = ConnectionType(ActionModel, 'Action');

@ObjectType('ActionOwnerCandidate', {
  description: 'Someone an action may be handed to: they may open the case and read the action.',
})
export class ActionOwnerCandidateModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Role, { description: 'The role through which they reach the case.' })
  role!: Role;

  @Field({ description: 'The organisation through which they reach the case.' })
  organisationName!: string;
}

@ObjectType('ActionCounts')
export class ActionCountsModel {
  @Field(() => Int, { description: 'Your open actions.' })
  open!: number;

  @Field(() => Int, { description: 'Of those, past their due date (Dutch calendar).' })
  overdue!: number;
}
