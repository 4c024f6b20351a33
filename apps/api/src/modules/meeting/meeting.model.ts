import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DataCategory, MeetingKind, MeetingStatus } from '@aanwezig/domain';
import { ConnectionType } from '../../core/graphql/pagination';
import { ShieldModel } from '../../core/graphql/shield.model';
import '../../core/graphql/enums';
import { CaseModel } from '../case/case.model';
import { OrganisationModel } from '../organisation/organisation.model';
import { PersonModel } from '../user/user-summary.model';
import { NonSchoolDayReason } from './meeting-calendar';

registerEnumType(NonSchoolDayReason, {
  name: 'NonSchoolDayReason',
  description:
    'Why a day is no school day of the school: WEEKEND, HOLIDAY, STUDY_DAY, NO_SCHOOL_YEAR (outside every school year of its calendar).',
});

@ObjectType('NonSchoolDay')
export class NonSchoolDayModel {
  @Field({ description: 'The Dutch calendar day (YYYY-MM-DD).' })
  date!: string;

  @Field(() => NonSchoolDayReason)
  reason!: NonSchoolDayReason;

  @Field(() => String, { nullable: true, description: 'The holiday as the school calendar names it, for HOLIDAY.' })
  holiday!: string | null;
}

/** Text written in a meeting whose category decides who reads it (minutes sections and decisions). */
@ObjectType({ isAbstract: true })
abstract class CategorisedTextModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DataCategory)
  category!: DataCategory;

  @Field(() => String, { nullable: true })
  body!: string | null;

  @Field(() => PersonModel, {
    nullable: true,
    description:
      'Shielded (null) for a reader who may not see the case’s school and partners: a name tells which organisation works on it.',
  })
  author!: PersonModel | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => [ShieldModel])
  shielded!: ShieldModel[];
}

@ObjectType('MinutesSection')
export class MinutesSectionModel extends CategorisedTextModel {
  @Field(() => ID, {
    nullable: true,
    description: 'A correction after the meeting closed points at the section it corrects.',
  })
  correctsSectionId!: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType('Decision')
export class DecisionModel extends CategorisedTextModel {}

/** An item on a meeting's agenda; its `actions` are a field of the action module (action/agenda-item-actions.resolver.ts). */
@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String, { nullable: true, description: 'A general topic (items without a case).' })
  topic!: string | null;

  @Field(() => CaseModel, {
    nullable: true,
    description: 'Null for a topic, or shielded when the viewer may not see the case.',
  })
  case!: CaseModel | null;

  @Field({ description: 'True when the item is about a case this viewer may not see.' })
  restricted!: boolean;

  @Field(() => [DataCategory], {
    description:
      'The categories you may write minutes and decisions in here: the ones you may read on this item yourself (nobody writes what they may not read). On a topic without a case: what your role may always read, as the hosting school would have it.',
  })
  writableCategories!: DataCategory[];

  @Field(() => [MinutesSectionModel])
  minutes!: MinutesSectionModel[];

  @Field(() => [DecisionModel])
  decisions!: DecisionModel[];
}

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID)
  id!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field()
  title!: string;

  @Field(() => OrganisationModel)
  organisation!: OrganisationModel;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => String, { nullable: true })
  location!: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl!: string | null;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => ID, { nullable: true })
  seriesId!: string | null;

  @Field(() => Int, { nullable: true })
  seriesEveryWeeks!: number | null;

  @Field(() => ID, { nullable: true, description: 'The agenda item the chair has the live meeting on.' })
  currentAgendaItemId!: string | null;

  @Field(() => PersonModel)
  chair!: PersonModel;

  @Field(() => [PersonModel])
  participants!: PersonModel[];

  @Field(() => [AgendaItemModel])
  agenda!: AgendaItemModel[];
}

export const MeetingConnection = ConnectionType(MeetingModel, 'Meeting');

@ObjectType('AgendaSuggestion')
export class AgendaSuggestionModel {
  @Field(() => CaseModel)
  case!: CaseModel;

  @Field(() => [String], { description: 'NEW_CASE, OVERDUE_ACTIONS, FLAGGED_FOR_MEETING, WORRY_FLAG' })
  reasons!: string[];
}
