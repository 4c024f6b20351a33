import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CaseCategory, CaseOutcome, CaseStatus, DataCategory, Typology } from '@aanwezig/domain';
import type { CaseReader } from '@aanwezig/authz';
import { ConnectionType } from '../../core/graphql/pagination';
import { ShieldModel } from '../../core/graphql/shield.model';
import '../../core/graphql/enums';
import { OrganisationModel } from '../organisation/organisation.model';
import { PupilModel } from '../pupil/pupil.model';
import { PersonModel } from '../user/user-summary.model';
import { OrganisationViewModel } from './case-visibility';
import { TimelineKind } from './timeline-entry.entity';
import type { OpenActionJson } from './case-row';
import { registerEnumType } from '@nestjs/graphql';
import { MessageParamModel } from '../../core/graphql/message-param.model';

registerEnumType(TimelineKind, { name: 'TimelineKind' });

@ObjectType('TimelineEntry')
export class TimelineEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => PersonModel, {
    nullable: true,
    description:
      'Shielded (null) for a reader who may not see the case’s school and partners: a name tells which organisation works on it.',
  })
  actor!: PersonModel | null;

  @Field(() => DataCategory)
  category!: DataCategory;

  @Field(() => TimelineKind, { nullable: true })
  kind!: TimelineKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'The entry in Dutch, for API clients; screens say `kind` and `params`.',
  })
  summary!: string | null;

  @Field(() => [MessageParamModel], {
    nullable: true,
    description: 'The parameters of the text `timeline.<kind>` in the message catalogue (`context` picks a variant).',
  })
  params!: MessageParamModel[] | null;

  @Field(() => [ShieldModel])
  shielded!: ShieldModel[];
}

@ObjectType('NextMeeting', { description: 'The next planned meeting with this case on its agenda.' })
export class NextMeetingModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;
}

@ObjectType('CaseEditing', {
  description: 'What you may change on this case now, as the API decides it (libs/authz caseEditRights).',
})
export class CaseEditingModel {
  @Field(() => [String], {
    description:
      'The fields you may change with updateCase: category, typology, tier, status, mentorNotes, homeSituation, owner (none on a closed case).',
  })
  fields!: string[];

  @Field({ description: 'You may close it with its outcome (closeCase).' })
  close!: boolean;

  @Field({ description: 'You may reopen it (reopenCase): it is closed and you may change it.' })
  reopen!: boolean;

  @Field(() => [PersonModel], {
    description:
      'Who may be named owner (the coordinators and leadership of its school); empty unless you may change the owner.',
  })
  ownerCandidates!: PersonModel[];
}

@ObjectType('Case')
export class CaseModel {
  @Field(() => ID)
  id!: string;

  @Field(() => PupilModel, { nullable: true })
  pupil!: PupilModel | null;

  @Field(() => OrganisationModel, { nullable: true })
  school!: OrganisationModel | null;

  @Field(() => CaseCategory, { nullable: true })
  category!: CaseCategory | null;

  @Field(() => Typology, { nullable: true })
  typology!: Typology | null;

  @Field(() => Int, { nullable: true, description: 'MTSS tier 1-3' })
  tier!: number | null;

  @Field(() => CaseStatus, { nullable: true })
  status!: CaseStatus | null;

  @Field(() => CaseOutcome, { nullable: true })
  outcome!: CaseOutcome | null;

  @Field(() => Boolean, { nullable: true, description: 'To be discussed at the next meeting.' })
  flaggedForMeeting!: boolean | null;

  /** Read only when a client asks for it (see `lazy`). */
  @Field(() => [OrganisationModel], { nullable: true })
  involvedOrganisations!: PromiseLike<OrganisationModel[]> | null;

  @Field(() => Boolean, { nullable: true, description: 'zorgenvinkje' })
  worryFlag!: boolean | null;

  @Field(() => String, { nullable: true })
  mentorNotes!: string | null;

  @Field(() => String, { nullable: true })
  homeSituation!: string | null;

  @Field(() => PersonModel, {
    nullable: true,
    description:
      'The person responsible for the case (a coordinator of its school); change it with updateCase ownerId.',
  })
  owner!: PersonModel | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Send back with updates: a stale version is a CONFLICT.' })
  version!: number;

  @Field(() => [ShieldModel])
  shielded!: ShieldModel[];

  // Nested lists: getters that ask the case's page (case-relations.ts), loaded per page only when asked for.
  // The records of modules above case (actions, attendance, advice, letters, consents) are their field resolvers.
  @Field(() => [TimelineEntryModel], { description: 'Everything that happened, newest first.' })
  timeline!: Promise<TimelineEntryModel[]>;

  @Field(() => [OrganisationViewModel], {
    nullable: true,
    description:
      'Who sees what of this pupil now: each role at the school and the involved organisations, per data category (by involvement and consents in force). It names the school and the partners: null (shielded) for a reader who may not see those.',
  })
  visibility!: PromiseLike<OrganisationViewModel[]> | null;

  @Field(() => NextMeetingModel, {
    nullable: true,
    description: 'The next planned meeting with this case on its agenda.',
  })
  nextMeeting!: NextMeetingModel | null;

  /** Not in the schema: what this reader may see of this case, for the nested fields. */
  reader!: CaseReader;
  schoolId!: string;
  pupilId!: string;

  /**
   * Not in the schema: the case's open actions as the case-row SQL read them (case-row.ts), for the
   * action module's `Case.openActions` and `Case.openActionCount`. These, with `nextMeeting`, are the
   * hot fields the case-list benchmark needs: read with the case rows in one query, kept in one place.
   */
  openActionRows!: OpenActionJson[];

  /**
   * Not in the schema: what `load` gives for all the cases read together with this one (a page, an
   * agenda, one case), loaded once per `key`. Field resolvers of modules above case use it to read their
   * records for the whole page in one query (key them by module, e.g. 'consent.consents').
   */
  batch!: <T>(key: string, load: (cases: readonly CaseModel[]) => Promise<T>) => Promise<T>;
}

export const CaseConnection = ConnectionType(CaseModel, 'Case');
