import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { MeetingKind, MeetingStatus } from '@aanwezig/domain';
import { InputError, optionalText, requireText } from '../../../core/errors/input';
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

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Past meetings only: closed ones (also one closed before its planned time) and ones that have begun; with false, only planned ones that have not begun.',
  })
  past?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Latest first (past meetings: the most recent on top); earliest first when left out.',
  })
  latestFirst?: boolean | null;
}

/** How many meetings a series may have, and how far apart (weeks). */
export const SERIES = { minOccurrences: 2, maxOccurrences: 26, minWeeks: 1, maxWeeks: 12, defaultOccurrences: 10 };
/** How long a meeting may last, in minutes. */
export const DURATION = { min: 5, max: 600 };

/** A start time that exists and is not (more than an hour) in the past; a duration of 5 to 600 minutes. */
export function requireSchedule(startsAt: Date, durationMinutes: number, now: number = Date.now()): void {
  if (Number.isNaN(startsAt.getTime())) throw new InputError('startsAt', 'meeting.startsAtInvalid');
  if (startsAt.getTime() < now - 60 * 60 * 1000) throw new InputError('startsAt', 'meeting.startsAtPast');
  if (!Number.isInteger(durationMinutes) || durationMinutes < DURATION.min || durationMinutes > DURATION.max) {
    throw new InputError('durationMinutes', 'meeting.duration', { ...DURATION });
  }
}

/** A new meeting's texts and series, checked: what `create` writes. */
export interface PlannedMeeting {
  title: string;
  location: string | null;
  onlineUrl: string | null;
  /** Repeat every N weeks, or null for one meeting. */
  series: number | null;
  occurrences: number;
}

export function checkCreateMeeting(input: CreateMeetingInput, now: number = Date.now()): PlannedMeeting {
  const title = requireText(input.title, 'title', { max: 200, label: 'meeting.title' });
  requireSchedule(input.startsAt, input.durationMinutes, now);
  const location = optionalText(input.location, 'location', { max: 200, label: 'meeting.location' });
  const onlineUrl = optionalText(input.onlineUrl, 'onlineUrl', { max: 500, label: 'meeting.onlineUrl' });
  if (onlineUrl && !/^https:\/\/\S+$/.test(onlineUrl)) throw new InputError('onlineUrl', 'meeting.onlineUrlHttps');
  const series = input.repeatEveryWeeks ?? null;
  const occurrences = series ? (input.occurrences ?? SERIES.defaultOccurrences) : 1;
  if (series !== null && (!Number.isInteger(series) || series < SERIES.minWeeks || series > SERIES.maxWeeks))
    throw new InputError('repeatEveryWeeks', 'meeting.repeatEveryWeeks', {
      min: SERIES.minWeeks,
      max: SERIES.maxWeeks,
    });
  if (!Number.isInteger(occurrences) || occurrences < 1 || occurrences > SERIES.maxOccurrences) {
    throw new InputError('occurrences', 'meeting.occurrences', {
      min: SERIES.minOccurrences,
      max: SERIES.maxOccurrences,
    });
  }
  return { title, location, onlineUrl, series, occurrences };
}
