import { Module } from '@nestjs/common';
import { CaseModule } from '../case/case.module';
import { ActionResolver } from './action.resolver';
import { ActionService } from './action.service';

@Module({ imports: [CaseModule], providers: [ActionService, ActionResolver] })
export class ActionModule {}
