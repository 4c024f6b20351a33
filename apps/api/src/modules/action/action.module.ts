import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { AgendaItemActionsResolver } from './agenda-item-actions.resolver';
import { ActionReplays } from './action.replay';
import { ActionResolver } from './action.resolver';
import { ActionService } from './action.service';
import { CaseActionsResolver } from './case-actions.resolver';

@Module({
  imports: [CaseModule],
  providers: [ActionService, ActionResolver, CaseActionsResolver, AgendaItemActionsResolver, ActionReplays],
})
export class ActionModule {}
