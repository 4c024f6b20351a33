import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ActionStatus } from '@aanwezig/domain';
import { Allow, Authenticated } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { ActionConnection, ActionCountsModel, ActionModel } from './action.model';
import { ActionService } from './action.service';
import { ActionFilter, CreateActionInput } from './dto/action.input';

@Resolver(() => ActionModel)
export class ActionResolver {
  constructor(private readonly service: ActionService) {}

  @Query(() => ActionConnection, { description: 'Actions you own; open ones by default, earliest due first.' })
  @Authenticated()
  myActions(
    @CurrentSession() session: Session,
    @Args('status', { type: () => ActionStatus, nullable: true }) status?: ActionStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('overdue', {
      type: () => Boolean,
      nullable: true,
      description: 'Only the open ones past their due date.',
    })
    overdue?: boolean,
  ) {
    return this.service.myActions(session, status, { first, after }, overdue ?? false);
  }

  @Query(() => ActionCountsModel, { description: 'How many actions you own are open, and how many overdue.' })
  @Authenticated()
  myActionCounts(@CurrentSession() session: Session) {
    return this.service.myActionCounts(session);
  }

  @Query(() => ActionConnection, { description: 'Open actions of the cases you may see.' })
  @Allow('read', 'Case')
  openActions(
    @CurrentSession() session: Session,
    @Args('filter', { type: () => ActionFilter, nullable: true }) filter?: ActionFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.openActions(session, filter ?? {}, { first, after });
  }

  @Mutation(() => ActionModel)
  @Allow('read', 'Case')
  createAction(@CurrentSession() session: Session, @Args('input') input: CreateActionInput) {
    return this.service.create(session, input);
  }

  @Mutation(() => ActionModel)
  @Authenticated()
  completeAction(
    @CurrentSession() session: Session,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ) {
    return this.service.complete(session, id, note);
  }

  @Mutation(() => ActionModel)
  @Authenticated()
  reassignAction(
    @CurrentSession() session: Session,
    @Args('id', { type: () => ID }) id: string,
    @Args('ownerId', { type: () => ID }) ownerId: string,
  ) {
    return this.service.reassign(session, id, ownerId);
  }

  @Mutation(() => ActionModel, {
    description: 'A new deadline (YYYY-MM-DD, today or later): by its owner or the school’s coordinators.',
  })
  @Authenticated()
  rescheduleAction(
    @CurrentSession() session: Session,
    @Args('id', { type: () => ID }) id: string,
    @Args('dueDate') dueDate: string,
  ) {
    return this.service.reschedule(session, id, dueDate);
  }
}
