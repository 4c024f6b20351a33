import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { In } from 'typeorm';
import { DataSource } from 'typeorm';
import { ActionStatus, dutchDate, MeetingStatus } from '@aanwezig/domain';
import { Allow, Authenticated } from '../../authz/permission.decorator';
import { maskFields } from '../../authz/field-mask';
import { CurrentSession, type GraphQLContext, type Session } from '../../core/auth/request-context';
import { requestLoader } from '../../core/graphql/request-loaders';
import { actionsOfCases } from '../action/action-rows';
import type { ActionEntity } from '../action/action.entity';
import { toActionModel } from '../action/action.mapper';
import { ActionModel } from '../action/action.model';
import { loadPeople, UNKNOWN_PERSON } from '../user/people';
import type { PersonModel } from '../user/user-summary.model';
import { CaseConnection, CaseModel, NextMeetingModel, TimelineEntryModel } from './case.model';
import { CaseService } from './case.service';
import { CaseFilter, CloseCaseInput, CreateCaseInput, UpdateCaseInput } from './dto/case.inputs';
import { TimelineEntryEntity } from './timeline-entry.entity';

@Resolver(() => CaseModel)
export class CaseResolver {
  constructor(
    private readonly service: CaseService,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => CaseConnection, { description: 'The cases you may see, most recently changed first.' })
  @Allow('read', 'Case')
  cases(
    @CurrentSession() session: Session,
    @Args('filter', { type: () => CaseFilter, nullable: true }) filter?: CaseFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.list(session, filter ?? {}, { first, after });
  }

  @Query(() => CaseModel, { description: 'One case; NOT_FOUND when it does not exist or is not yours to see.' })
  @Allow('read', 'Case')
  case(@CurrentSession() session: Session, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(session, id);
  }

  @Mutation(() => CaseModel)
  @Allow('create', 'Case')
  createCase(@CurrentSession() session: Session, @Args('input') input: CreateCaseInput) {
    return this.service.create(session, input);
  }

  @Mutation(() => CaseModel)
  // Gated per case in the service: NOT_FOUND when you may not see it, FORBIDDEN when you may not change it.
  @Authenticated()
  updateCase(@CurrentSession() session: Session, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateCaseInput) {
    return this.service.update(session, id, input);
  }

  @Mutation(() => CaseModel)
  // Gated per case in the service: NOT_FOUND when you may not see it, FORBIDDEN when you may not change it.
  @Authenticated()
  closeCase(@CurrentSession() session: Session, @Args('id', { type: () => ID }) id: string, @Args('input') input: CloseCaseInput) {
    return this.service.close(session, id, input);
  }

  @Mutation(() => CaseModel)
  // Gated per case in the service: NOT_FOUND when you may not see it, FORBIDDEN when you may not change it.
  @Authenticated()
  involveOrganisation(
    @CurrentSession() session: Session,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('userId', { type: () => ID, nullable: true }) userId?: string,
  ) {
    return this.service.involveOrganisation(session, caseId, organisationId, userId);
  }

  @Mutation(() => CaseModel, { description: 'The zorgenvinkje: by the mentor or the coordinators of the school.' })
  @Authenticated()
  setWorryFlag(
    @CurrentSession() session: Session,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('flag') flag: boolean,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ) {
    return this.service.setWorryFlag(session, caseId, flag, note);
  }

  @ResolveField(() => [TimelineEntryModel], { description: 'Everything that happened, newest first.' })
  async timeline(@Parent() parent: CaseModel, @Context() { req }: GraphQLContext): Promise<TimelineEntryModel[]> {
    const entries = await requestLoader(req, 'case.timeline', (ids) => this.groupBy(TimelineEntryEntity, ids, { at: 'DESC' }), []).load(parent.id);
    const people = await this.people(req, entries.map((e) => e.actorUserId));
    return entries.map((e) => ({
      ...maskFields('TimelineEntry', { id: e.id, at: e.at, actor: people.get(e.actorUserId) ?? UNKNOWN_PERSON, category: e.category, kind: e.kind, summary: e.summary }, parent.reader, e.category),
      id: e.id,
      at: e.at,
      category: e.category,
      actor: people.get(e.actorUserId) ?? UNKNOWN_PERSON,
    }));
  }

  @ResolveField(() => [ActionModel], { description: "The case's actions, open ones first by due date." })
  async actions(
    @Parent() parent: CaseModel,
    @Context() { req }: GraphQLContext,
    @Args('status', { type: () => ActionStatus, nullable: true }) status?: ActionStatus,
  ): Promise<ActionModel[]> {
    const { actions, owners } = await this.caseActions(req, parent.id);
    const selected = status ? actions.filter((a) => a.status === status) : actions;
    const today = dutchDate();
    return selected.map((a) => toActionModel(a, parent.reader, owners, today));
  }

  @ResolveField(() => Int)
  async openActionCount(@Parent() parent: CaseModel, @Context() { req }: GraphQLContext): Promise<number> {
    return (await this.caseActions(req, parent.id)).actions.filter((a) => a.status === ActionStatus.OPEN).length;
  }

  @ResolveField(() => NextMeetingModel, { nullable: true })
  async nextMeeting(@Parent() parent: CaseModel, @Context() { req }: GraphQLContext): Promise<NextMeetingModel | null> {
    return requestLoader(req, 'case.nextMeeting', (ids) => this.nextMeetings(ids), null).load(parent.id);
  }

  /** Names for many nested fields of one request, fetched in one query. */
  private async people(req: GraphQLContext['req'], ids: string[]): Promise<Map<string, PersonModel>> {
    const loader = requestLoader(req, 'people', (keys) => loadPeople(this.dataSource.manager, keys), UNKNOWN_PERSON);
    const people = await loader.loadMany(ids);
    return new Map(people.map((p, i) => [ids[i], p instanceof Error ? UNKNOWN_PERSON : p]));
  }

  private caseActions(req: GraphQLContext['req'], caseId: string) {
    return requestLoader(
      req,
      'case.actions',
      async (ids) => {
        const { byCase, owners } = await actionsOfCases(this.dataSource.manager, ids);
        return new Map(ids.map((id) => [id, { actions: byCase.get(id) ?? [], owners }]));
      },
      { actions: [] as ActionEntity[], owners: new Map<string, PersonModel>() },
    ).load(caseId);
  }

  private async groupBy<E extends { caseId: string }>(
    entity: new () => E,
    caseIds: readonly string[],
    order: Record<string, 'ASC' | 'DESC'>,
  ): Promise<Map<string, E[]>> {
    const rows = await this.dataSource.getRepository(entity).find({ where: { caseId: In([...caseIds]) } as never, order: order as never });
    const grouped = new Map<string, E[]>();
    for (const row of rows) grouped.set(row.caseId, [...(grouped.get(row.caseId) ?? []), row]);
    return grouped;
  }

  private async nextMeetings(caseIds: readonly string[]): Promise<Map<string, NextMeetingModel>> {
    const rows: { case_id: string; id: string; title: string; starts_at: Date }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (ai.case_id) ai.case_id, m.id, m.title, m.starts_at
         FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
        WHERE ai.case_id = ANY($1) AND m.status = $2 AND m.starts_at >= now()
        ORDER BY ai.case_id, m.starts_at`,
      [caseIds, MeetingStatus.PLANNED],
    );
    return new Map(rows.map((r) => [r.case_id, { id: r.id, title: r.title, startsAt: r.starts_at }]));
  }
}

