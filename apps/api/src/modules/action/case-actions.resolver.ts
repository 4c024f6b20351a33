import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { CaseModel } from '../case/case.model';
import { caseActions } from './action-rows';
import { openActionsOf } from './action.mapper';
import { ActionModel } from './action.model';

/**
 * The action fields of a case (Case.actions, Case.openActions, Case.openActionCount), gated with it: a
 * field resolver runs under its parent's gate, and masks through the case's reader. The open ones come
 * with the case rows (CaseModel.openActionRows), so a case list asks nothing more for them.
 */
@Resolver(() => CaseModel)
export class CaseActionsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @ResolveField(() => [ActionModel], { description: "The case's actions, open ones first by due date." })
  actions(@Parent() caseModel: CaseModel): Promise<ActionModel[]> {
    return caseActions(this.dataSource.manager, caseModel);
  }

  @ResolveField(() => [ActionModel], { description: 'The open actions, earliest due first.' })
  openActions(@Parent() caseModel: CaseModel): ActionModel[] {
    return openActionsOf(caseModel);
  }

  @ResolveField(() => Int)
  openActionCount(@Parent() caseModel: CaseModel): number {
    return caseModel.openActionRows.length;
  }
}
