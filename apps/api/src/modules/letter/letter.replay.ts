import { Injectable } from '@nestjs/common';
import { CaseReplays } from '../case/case.replay';
import type { LetterModel } from './letter.model';
import { LetterService } from './letter.service';

/**
 * How a retried sendLetter (core/idempotency/replay.ts) reads the letter again: as the case page shows
 * it, through the case (its access check, its reader's field mask, its audited read).
 */
@Injectable()
export class LetterReplays {
  constructor(caseReplays: CaseReplays, letters: LetterService) {
    caseReplays.registerOnCase<LetterModel>('Letter', `SELECT case_id AS id FROM letter WHERE id = $1`, (c) =>
      letters.ofCase(c),
    );
  }
}
