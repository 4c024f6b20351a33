import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { dutchDate, retentionCutoff } from '@aanwezig/domain';
import { forgetAdviceOfCases } from '../advice/advice.retention';
import { redactActionsOfCases } from '../action/action.retention';
import {
  forgetOldRegistrations as forgetOldAbsence,
  forgetRegistrationsOfPupils,
} from '../attendance/attendance.retention';
import { casesOfPupils, redactCases } from '../case/case.retention';
import { redactConsentsOfPupils } from '../consent/consent.retention';
import { redactLettersOfCases } from '../letter/letter.retention';
import { redactMinutesOfCases } from '../meeting/meeting.retention';
import { Mailer } from '../notification/mailer';
import { forgetNotificationsAbout } from '../notification/notification.retention';
import { anonymisePupils } from '../pupil/pupil.retention';
import { forgetOldSignals, forgetSignalsOfPupils } from '../signal/signal.retention';

const DAY_MS = 24 * 60 * 60 * 1000;
/** What retention writes in place of a free text it removes (records keep their place, not their content). */
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
 * It decides which pupils are due (reading pupils, cases, registrations and signals); each module then
 * empties its own tables through its retention step (`<module>/<module>.retention.ts`), all in one
 * transaction, so a pupil is anonymised everywhere or nowhere.
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
      const caseIds = await casesOfPupils(manager, ids);
      // Each module empties its own tables (its `<module>.retention.ts`), all in this one transaction.
      await anonymisePupils(manager, ids, now);
      await redactConsentsOfPupils(manager, ids, REDACTED);
      const signalIds = await forgetSignalsOfPupils(manager, ids);
      await forgetRegistrationsOfPupils(manager, ids);
      await redactCases(manager, caseIds);
      const actionIds = await redactActionsOfCases(manager, caseIds, REDACTED);
      await redactMinutesOfCases(manager, caseIds, REDACTED);
      await redactLettersOfCases(manager, caseIds, REDACTED);
      await forgetAdviceOfCases(manager, caseIds);
      // Notifications point at the pupil's records (their text is neutral): they go with them.
      await forgetNotificationsAbout(manager, { caseIds, signalIds, actionIds });
      this.logger.log(`anonymised ${ids.length} pupil(s) and ${caseIds.length} case(s) closed before ${cutoff}`);
      return { pupils: ids.length, cases: caseIds.length };
    });
    await this.mailer.pruneOutbox(new Date(`${cutoff}T00:00:00Z`));
    return result;
  }
}

/** Registrations older than the period, and the signals on them, are not kept for anyone (the school's system keeps its own). */
async function forgetOldRegistrations(manager: EntityManager, cutoff: string): Promise<void> {
  const signalIds = await forgetOldSignals(manager, cutoff);
  await forgetNotificationsAbout(manager, { signalIds });
  await forgetOldAbsence(manager, cutoff);
}
