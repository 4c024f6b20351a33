import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseReplays } from '../case/case.replay';
import { caseActions } from './action-rows';

/** How a retried action mutation reads the action again (core/idempotency/replay.ts): as the case page shows it. */
@Injectable()
export class ActionReplays {
  constructor(replays: CaseReplays, dataSource: DataSource) {
    replays.registerOnCase('Action', `SELECT case_id AS id FROM case_action WHERE id = $1`, (caseModel) =>
      caseActions(dataSource.manager, caseModel),
    );
  }
}
