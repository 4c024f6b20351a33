import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dutchDate, retentionCutoff } from '@aanwezig/domain';

const DAY_MS = 24 * 60 * 60 * 1000;
const REDACTED = '[geanonimiseerd]';

export interface RetentionResult {
  pupils: number;
  cases: number;
}

/**
 * Anonymises pupils whose cases all closed longer ago than the retention period: identity and free
 * text go; the cases keep school, category, typology, tier, status and outcome, so reports still count
 * them. Consents stay as records without the parents; the audit log stays (it holds no identity).
 * Runs daily; an advisory lock keeps two instances from running it at once.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer?: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    const tick = () => void this.run().catch((error: unknown) => this.logger.error(error));
    this.timer = setInterval(tick, DAY_MS);
    this.timer.unref();
    setTimeout(tick, 60_000).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async run(now: Date = new Date()): Promise<RetentionResult> {
    const cutoff = retentionCutoff(dutchDate(now));
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock(hashtext('aanwezig:retention')) AS locked`);
      if (!locked) return { pupils: 0, cases: 0 };
      const pupils: { id: string }[] = await manager.query(
        `SELECT p.id FROM pupil p
          WHERE p.anonymised_at IS NULL
            AND EXISTS (SELECT 1 FROM case_file c WHERE c.pupil_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.pupil_id = p.id AND (c.status <> 'CLOSED' OR c.closed_at >= $1::date))`,
        [cutoff],
      );
      if (pupils.length === 0) return { pupils: 0, cases: 0 };
      const ids = pupils.map((p) => p.id);
      const cases: { id: string }[] = await manager.query(`SELECT id FROM case_file WHERE pupil_id = ANY($1)`, [ids]);
      const caseIds = cases.map((c) => c.id);
      await manager.query(
        `UPDATE pupil SET given_name = 'Geanonimiseerd', family_name = '', eck_id = NULL, pupil_number = 'ANON-' || left(id::text, 8),
                date_of_birth = date_trunc('year', date_of_birth)::date, anonymised_at = $2
          WHERE id = ANY($1)`,
        [ids, now],
      );
      await manager.query(`DELETE FROM guardian WHERE pupil_id = ANY($1)`, [ids]);
      await manager.query(`UPDATE consent SET guardian_ids = '{}' WHERE pupil_id = ANY($1)`, [ids]);
      await manager.query(`UPDATE case_file SET mentor_notes = NULL, home_situation = NULL WHERE id = ANY($1)`, [caseIds]);
      await manager.query(`UPDATE timeline_entry SET summary = $2 WHERE case_id = ANY($1)`, [caseIds, REDACTED]);
      await manager.query(`UPDATE case_action SET title = $2, completion_note = NULL WHERE case_id = ANY($1)`, [caseIds, REDACTED]);
      await manager.query(`UPDATE minutes_section SET body = $2 WHERE agenda_item_id IN (SELECT id FROM agenda_item WHERE case_id = ANY($1))`, [caseIds, REDACTED]);
      await manager.query(`UPDATE decision SET body = $2 WHERE agenda_item_id IN (SELECT id FROM agenda_item WHERE case_id = ANY($1))`, [caseIds, REDACTED]);
      await manager.query(`DELETE FROM advice WHERE case_id = ANY($1)`, [caseIds]);
      this.logger.log(`anonymised ${ids.length} pupil(s) and ${caseIds.length} case(s) closed before ${cutoff}`);
      return { pupils: ids.length, cases: caseIds.length };
    });
  }
}
