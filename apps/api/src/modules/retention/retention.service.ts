import { TIMELINE_REDACTED } from '@aanwezig/messages';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { dutchDate, retentionCutoff } from '@aanwezig/domain';
import { Mailer } from '../notification/mailer';

const DAY_MS = 24 * 60 * 60 * 1000;
const REDACTED = '[geanonimiseerd]';

export interface RetentionResult {
  pupils: number;
  cases: number;
}

/**
 * Anonymises pupils whose cases all closed longer ago than the retention period, and pupils who never
 * had a case and of whom nothing was registered within it: identity, class and every free text go, and
 * with them their letters, notifications, signals and absence registrations; the cases keep school,
 * category, typology, tier, status and outcome, so reports still count them. Consents stay as records
 * without the parents and the purpose; the audit log stays (it names fields, never their contents).
 * Of every other pupil, registrations and signals older than the period go. Mails in the outbox folder
 * older than the period are deleted. Runs daily; an advisory lock keeps two instances from running it at once.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
  ) {}

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
    const result = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(
        `SELECT pg_try_advisory_xact_lock(hashtext('aanwezig:retention')) AS locked`,
      );
      if (!locked) return { pupils: 0, cases: 0 };
      await forgetOldRegistrations(manager, cutoff);
      const pupils: { id: string }[] = await manager.query(
        `SELECT p.id FROM pupil p
          WHERE p.anonymised_at IS NULL
            AND (
              -- Every case closed before the cutoff.
              (EXISTS (SELECT 1 FROM case_file c WHERE c.pupil_id = p.id)
               AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.pupil_id = p.id AND (c.status <> 'CLOSED' OR c.closed_at >= $1::date)))
              -- Never a case, and nothing registered since the cutoff (the older registrations are gone by now).
              OR (NOT EXISTS (SELECT 1 FROM case_file c WHERE c.pupil_id = p.id) AND p.created_at < $1::date
                  AND NOT EXISTS (SELECT 1 FROM absence_record a WHERE a.pupil_id = p.id)
                  AND NOT EXISTS (SELECT 1 FROM signal s WHERE s.pupil_id = p.id)))`,
        [cutoff],
      );
      if (pupils.length === 0) return { pupils: 0, cases: 0 };
      const ids = pupils.map((p) => p.id);
      const cases: { id: string }[] = await manager.query(`SELECT id FROM case_file WHERE pupil_id = ANY($1)`, [ids]);
      const caseIds = cases.map((c) => c.id);
      await manager.query(
        `UPDATE pupil SET given_name = 'Geanonimiseerd', family_name = '', eck_id = NULL, pupil_number = 'ANON-' || left(id::text, 8), group_name = '',
                date_of_birth = date_trunc('year', date_of_birth)::date, anonymised_at = $2
          WHERE id = ANY($1)`,
        [ids, now],
      );
      await manager.query(`DELETE FROM guardian WHERE pupil_id = ANY($1)`, [ids]);
      await manager.query(`UPDATE consent SET guardian_ids = '{}', purpose = $2 WHERE pupil_id = ANY($1)`, [
        ids,
        REDACTED,
      ]);
      // Notifications point at the pupil's records (their text is neutral): they go with them.
      await manager.query(
        `DELETE FROM notification WHERE case_id = ANY($1) OR signal_id IN (SELECT id FROM signal WHERE pupil_id = ANY($2))
            OR action_id IN (SELECT id FROM case_action WHERE case_id = ANY($1))`,
        [caseIds, ids],
      );
      await manager.query(`DELETE FROM signal WHERE pupil_id = ANY($1)`, [ids]);
      await manager.query(`DELETE FROM absence_record WHERE pupil_id = ANY($1)`, [ids]);
      await manager.query(`UPDATE case_file SET mentor_notes = NULL, home_situation = NULL WHERE id = ANY($1)`, [
        caseIds,
      ]);
      await manager.query(`UPDATE timeline_entry SET params = $2 WHERE case_id = ANY($1)`, [
        caseIds,
        { [TIMELINE_REDACTED]: 1 },
      ]);
      await manager.query(`UPDATE case_action SET title = $2, completion_note = NULL WHERE case_id = ANY($1)`, [
        caseIds,
        REDACTED,
      ]);
      await manager.query(
        `UPDATE minutes_section SET body = $2 WHERE agenda_item_id IN (SELECT id FROM agenda_item WHERE case_id = ANY($1))`,
        [caseIds, REDACTED],
      );
      await manager.query(
        `UPDATE decision SET body = $2 WHERE agenda_item_id IN (SELECT id FROM agenda_item WHERE case_id = ANY($1))`,
        [caseIds, REDACTED],
      );
      await manager.query(`UPDATE letter SET subject = $2, body = $2, recipients = '[]' WHERE case_id = ANY($1)`, [
        caseIds,
        REDACTED,
      ]);
      await manager.query(`DELETE FROM advice WHERE case_id = ANY($1)`, [caseIds]);
      this.logger.log(`anonymised ${ids.length} pupil(s) and ${caseIds.length} case(s) closed before ${cutoff}`);
      return { pupils: ids.length, cases: caseIds.length };
    });
    await this.mailer.pruneOutbox(new Date(`${cutoff}T00:00:00Z`));
    return result;
  }
}

/** Registrations older than the period, and the signals on them, are not kept for anyone (the school's system keeps its own). */
async function forgetOldRegistrations(manager: EntityManager, cutoff: string): Promise<void> {
  await manager.query(
    `DELETE FROM notification WHERE signal_id IN (SELECT id FROM signal WHERE crossed_on < $1::date AND case_id IS NULL)`,
    [cutoff],
  );
  await manager.query(`DELETE FROM signal WHERE crossed_on < $1::date AND case_id IS NULL`, [cutoff]);
  await manager.query(`DELETE FROM absence_record WHERE date < $1::date`, [cutoff]);
}
