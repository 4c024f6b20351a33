import { Injectable } from '@nestjs/common';
import { CaseReplays } from '../case/case.replay';
import type { AdviceModel } from './advice.model';
import { AdviceService } from './advice.service';

/**
 * How a retried writeAdvice (core/idempotency/replay.ts) reads the advice again: as the case page shows
 * it, through the case (its access check, its reader's field mask, its audited read).
 */
@Injectable()
export class AdviceReplays {
  constructor(caseReplays: CaseReplays, advice: AdviceService) {
    caseReplays.registerOnCase<AdviceModel>('Advice', `SELECT case_id AS id FROM advice WHERE id = $1`, (c) =>
      advice.ofCase(c),
    );
  }
}
