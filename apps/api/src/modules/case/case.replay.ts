import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { AppError } from '../../core/errors/app-error';
import { ReplayReaders, replayGone } from '../../core/idempotency/replay';
import type { CaseModel } from './case.model';
import { CaseService } from './case.service';

/**
 * How a retried mutation (core/idempotency/replay.ts) reads a case and the records on it again: the case
 * as `case(id)` reads it; and, for the modules that own them (registerOnCase), a record shown on a case as
 * the case page shows it, through the case's reader (the field mask), with the read audited like any case read.
 */
@Injectable()
export class CaseReplays {
  constructor(
    private readonly replays: ReplayReaders,
    private readonly cases: CaseService,
    private readonly dataSource: DataSource,
  ) {
    replays.register<CaseModel>('Case', { read: (session, id) => cases.get(session, id) });
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
