import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { MeetingModule } from '../meeting/meeting.module';
import { ActionFieldsResolver } from './action-fields.resolver';
import { AgendaItemActionsResolver } from './agenda-item-actions.resolver';
import { ActionReplays } from './action.replay';
import { ActionResolver } from './action.resolver';
import { ActionService } from './action.service';
import { CaseActionsResolver } from './case-actions.resolver';

@Module({
  imports: [CaseModule, MeetingModule],
  providers: [
    ActionService,
    ActionResolver,
    ActionFieldsResolver,
    CaseActionsResolver,
    AgendaItemActionsResolver,
    ActionReplays,
  ],
})
export class ActionModule {}
