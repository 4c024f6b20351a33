import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseReplays } from '../case/case.replay';
import { caseConsents } from './consent-loader';

/**
 * How a retried consent mutation reads the consent again (core/idempotency/replay.ts): as the case page
 * shows it, through the case's reader. A consent is the pupil's: shown on each of the pupil's cases,
 * newest case first.
 */
@Injectable()
export class ConsentReplays {
  constructor(replays: CaseReplays, dataSource: DataSource) {
    replays.registerOnCase(
      'Consent',
      `SELECT c.id FROM consent k JOIN case_file c ON c.pupil_id = k.pupil_id WHERE k.id = $1 ORDER BY c.created_at DESC`,
      (caseModel) => caseConsents(dataSource.manager, caseModel),
    );
  }
}
