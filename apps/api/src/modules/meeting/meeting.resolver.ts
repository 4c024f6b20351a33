import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated } from '../../authz/permission.decorator';
import { CurrentSession, sessionOf, type GraphQLContext, type Session } from '../../core/auth/request-context';
import { requestLoader } from '../../core/graphql/request-loaders';
import { AddAgendaItemInput } from './dto/agenda-item.input';
import { CreateMeetingInput, MeetingFilter, RescheduleMeetingInput } from './dto/meeting.input';
import { RecordDecisionInput, RecordMinutesInput } from './dto/minutes.input';
import {
  AgendaItemModel,
  AgendaSuggestionModel,
  DecisionModel,
  MeetingConnection,
  MeetingModel,
  MinutesSectionModel,
  NonSchoolDayModel,
} from './meeting.model';
import { AgendaService } from './agenda.service';
import { MeetingService } from './meeting.service';
import { MinutesService } from './minutes.service';

@Resolver(() => MeetingModel)
export class MeetingResolver {
  constructor(
    private readonly service: MeetingService,
    private readonly agendas: AgendaService,
    private readonly minutes: MinutesService,
  ) {}

  @Query(() => MeetingConnection, {
    description: 'Meetings you may see, earliest first (or latest first: filter.latestFirst).',
  })
  @Allow('read', 'Meeting')
  meetings(
    @CurrentSession() session: Session,
    @Args('filter', { type: () => MeetingFilter, nullable: true }) filter?: MeetingFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.list(session, filter ?? {}, { first, after });
  }

  @Query(() => MeetingModel)
  @Allow('read', 'Meeting')
  meeting(@CurrentSession() session: Session, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(session, id);
  }

  @Query(() => [AgendaSuggestionModel], { description: 'Cases to consider for this agenda, with why.' })
  @Allow('update', 'Meeting')
  agendaSuggestions(@CurrentSession() session: Session, @Args('meetingId', { type: () => ID }) meetingId: string) {
    return this.agendas.suggestions(session, meetingId);
  }

  @Mutation(() => [MeetingModel], { description: 'Plans one meeting, or a series (repeatEveryWeeks + occurrences).' })
  @Allow('create', 'Meeting')
  createMeeting(@CurrentSession() session: Session, @Args('input') input: CreateMeetingInput) {
    return this.service.create(session, input);
  }

  @Mutation(() => AgendaItemModel)
  @Allow('update', 'Meeting')
  addAgendaItem(@CurrentSession() session: Session, @Args('input') input: AddAgendaItemInput) {
    return this.agendas.addAgendaItem(session, input);
  }

  @Mutation(() => MinutesSectionModel)
  @Authenticated()
  recordMinutes(@CurrentSession() session: Session, @Args('input') input: RecordMinutesInput) {
    return this.minutes.recordMinutes(session, input);
  }

  @Mutation(() => DecisionModel)
  @Authenticated()
  recordDecision(@CurrentSession() session: Session, @Args('input') input: RecordDecisionInput) {
    return this.minutes.recordDecision(session, input);
  }

  @Mutation(() => MeetingModel, { description: 'Closes the meeting; its minutes are locked from then on.' })
  @Allow('update', 'Meeting')
  closeMeeting(@CurrentSession() session: Session, @Args('id', { type: () => ID }) id: string) {
    return this.service.close(session, id);
  }

  @Mutation(() => MeetingModel, {
    description: 'The chair moves the live meeting to an agenda item; everyone in the meeting room follows.',
  })
  @Authenticated()
  moveChair(
    @CurrentSession() session: Session,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('agendaItemId', { type: () => ID }) agendaItemId: string,
  ) {
    return this.service.moveChair(session, meetingId, agendaItemId);
  }

  @Mutation(() => MeetingModel, { description: 'Moves a meeting; participants get an updated calendar invitation.' })
  @Allow('update', 'Meeting')
  rescheduleMeeting(@CurrentSession() session: Session, @Args('input') input: RescheduleMeetingInput) {
    return this.service.reschedule(session, input);
  }

  @ResolveField(() => String, { description: 'The iCalendar invitation (.ics) for this meeting, or its whole series.' })
  icalendar(@Parent() meeting: MeetingModel): Promise<string | null> {
    return this.service.invitation(meeting.id);
  }

  @ResolveField(() => NonSchoolDayModel, {
    nullable: true,
    description:
      "Null when the meeting falls on a school day of its school (its calendar, else its region's); otherwise why not. Planning on such a day is allowed (a study day suits a team meeting) but the planner is warned.",
  })
  nonSchoolDay(@Parent() meeting: MeetingModel): Promise<NonSchoolDayModel | null> {
    return this.service.nonSchoolDay(meeting);
  }

  @ResolveField(() => [AgendaItemModel])
  agenda(@Parent() meeting: MeetingModel, @Context() { req }: GraphQLContext): Promise<AgendaItemModel[]> {
    // The request's whole session (the client's address included): the agenda's case reads are logged with it.
    const session = sessionOf(req);
    return requestLoader(req, 'meeting.agenda', (ids) => this.agendas.agendas(session, ids), []).load(meeting.id);
  }
}
