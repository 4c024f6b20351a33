import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { AppError } from '../../core/errors/app-error';
import { ReplayReaders, replayGone } from '../../core/idempotency/replay';
import type { ActionModel } from '../action/action.model';
import type { AdviceModel } from '../advice/advice.model';
import type { ConsentModel } from '../consent/consent.model';
import type { LetterModel } from '../letter/letter.model';
import type { CaseModel } from './case.model';
import { CaseService } from './case.service';

/**
 * How a retried mutation (core/idempotency/replay.ts) reads a case and the records on it again: the case
 * as `case(id)` reads it, and an action, advice, letter or consent as the case page shows it, through the
 * case's reader (the field mask), with the read audited like any case read.
 */
@Injectable()
export class CaseReplays {
  constructor(
    replays: ReplayReaders,
    private readonly cases: CaseService,
    private readonly dataSource: DataSource,
  ) {
    replays.register<CaseModel>('Case', { read: (session, id) => cases.get(session, id) });
    replays.register<ActionModel>('Action', {
      read: (session, id) =>
        this.onCase(session, id, `SELECT case_id AS id FROM case_action WHERE id = $1`, (c) => c.actions),
    });
    replays.register<AdviceModel>('Advice', {
      read: (session, id) =>
        this.onCase(session, id, `SELECT case_id AS id FROM advice WHERE id = $1`, (c) => c.advice),
    });
    replays.register<LetterModel>('Letter', {
      read: (session, id) =>
        this.onCase(session, id, `SELECT case_id AS id FROM letter WHERE id = $1`, (c) => c.letters),
    });
    // A consent is the pupil's: shown on each of the pupil's cases, newest case first.
    replays.register<ConsentModel>('Consent', {
      read: (session, id) =>
        this.onCase(
          session,
          id,
          `SELECT c.id FROM consent k JOIN case_file c ON c.pupil_id = k.pupil_id WHERE k.id = $1 ORDER BY c.created_at DESC`,
          (c) => c.consents,
        ),
    });
  }

  /** The record with this id on the first of these cases the session may read; NOT_FOUND otherwise. */
  private async onCase<T extends { id: string }>(
    session: Session,
    id: string,
    caseIdsSql: string,
    records: (model: CaseModel) => Promise<T[]>,
  ): Promise<T> {
    if (!isUuid(id)) throw replayGone();
    const caseIds: { id: string }[] = await this.dataSource.query(caseIdsSql, [id]);
    for (const { id: caseId } of caseIds) {
      const model = await this.cases.get(session, caseId).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
        throw error;
      });
      const found = model && (await records(model)).find((r) => r.id === id);
      if (found) return found;
    }
    throw replayGone();
  }
}
