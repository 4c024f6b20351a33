import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { AppError } from '../../core/errors/app-error';
import { ReplayReaders, replayGone } from '../../core/idempotency/replay';
import type { ActionModel } from '../action/action.model';
import type { AdviceModel } from '../advice/advice.model';
import type { LetterModel } from '../letter/letter.model';
import type { CaseModel } from './case.model';
import { CaseService } from './case.service';

/**
 * How a retried mutation (core/idempotency/replay.ts) reads a case and the records on it again: the case
 * as `case(id)` reads it; and, for the modules that own them (registerOnCase), a record shown on a case as
 * the case page shows it, through the case's reader (the field mask), with the read audited like any case read.
 */
@Injectable()
export class CaseReplays implements OnApplicationBootstrap {
  private readonly registered = new Set<string>();

  constructor(
    private readonly replays: ReplayReaders,
    private readonly cases: CaseService,
    private readonly dataSource: DataSource,
  ) {
    replays.register<CaseModel>('Case', { read: (session, id) => cases.get(session, id) });
  }

  /**
   * Records whose module does not register them yet, read through the case fields they still have here
   * (issue 20 moves those fields to their modules; each then calls registerOnCase, and its line here goes).
   */
  onApplicationBootstrap(): void {
    const fallback = <T extends { id: string }>(
      typeName: string,
      sql: string,
      records: (c: CaseModel) => Promise<T[]>,
    ) => {
      if (!this.registered.has(typeName)) this.registerOnCase(typeName, sql, records);
    };
    fallback<ActionModel>('Action', `SELECT case_id AS id FROM case_action WHERE id = $1`, (c) => c.actions);
    fallback<AdviceModel>('Advice', `SELECT case_id AS id FROM advice WHERE id = $1`, (c) => c.advice);
    fallback<LetterModel>('Letter', `SELECT case_id AS id FROM letter WHERE id = $1`, (c) => c.letters);
  }

  /**
   * Registers the replay reader of a record shown on a case, for the module that owns it: `caseIdsSql`
   * finds the cases the record (`$1`) is on, in the order to try them; `records` gives the records of a
   * case as the case page shows them (through the case's reader). The record is looked for on the first
   * of those cases the session may read; NOT_FOUND otherwise.
   */
  registerOnCase<T extends { id: string }>(
    typeName: string,
    caseIdsSql: string,
    records: (model: CaseModel) => Promise<T[]>,
  ): void {
    this.registered.add(typeName);
    this.replays.register<T>(typeName, { read: (session, id) => this.onCase(session, id, caseIdsSql, records) });
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
