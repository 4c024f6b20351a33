import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AgendaItemModel } from '../meeting/meeting.model';
import { agendaItemActions } from './action-rows';
import { ActionModel } from './action.model';

/** The actions at an agenda item (AgendaItem.actions): a field of the action module, so meeting needs no actions. */
@Resolver(() => AgendaItemModel)
export class AgendaItemActionsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => [ActionModel], {
    description: "The case's open actions, carried over from earlier meetings, and the ones agreed here.",
  })
  actions(@Parent() item: AgendaItemModel): Promise<ActionModel[]> {
    return agendaItemActions(this.dataSource.manager, item);
  }
}
