import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, dutchDate } from '@aanwezig/domain';
import { ActorLoader } from '../../core/auth/actor.loader';
import { LiveEvents } from '../../realtime/live-events';
import { announceExpiredConsents } from '../consent/consent-expiry';
import { evaluateSignals } from './signal-evaluation';

const HOUR_MS = 60 * 60 * 1000;
/** A longer outage is caught up by the next import or correction of those days. */
const MAX_CATCH_UP_DAYS = 31;
const maxDate = (a: string, b: string) => (a > b ? a : b);

/**
 * Runs the protocol over every school once a night (absence also grows without new imports, e.g. a
 * long sick spell). Checked hourly; a run is recorded per day under an advisory lock, so with two
 * instances each night is evaluated exactly once. The same run tells the open screens about the consents
 * that expired since the last one (consent-expiry.ts), after it committed.
 */
@Injectable()
export class SignalScheduleService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Signals');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
    private readonly actors: ActorLoader,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runNightly().catch((error: unknown) => this.logger.error(error)), HOUR_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /**
   * Evaluates every school for `today` unless that day has been done, and for each day since the last run
   * that was missed (an instance that was down for a weekend still finds those days' crossings, dated on
   * their own day). Returns the new signals, or null when skipped.
   */
  async runNightly(today = dutchDate()): Promise<number | null> {
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        const [{ locked }] = await manager.query(
          `SELECT pg_try_advisory_xact_lock(hashtext('aanwezig:signals')) AS locked`,
        );
        if (!locked) return null;
        const [{ last }]: { last: string | null }[] = await manager.query(
          `SELECT max(day)::text AS last FROM signal_run WHERE day < $1`,
          [today],
        );
        const done: unknown[] = await manager.query(
          `INSERT INTO signal_run (day) VALUES ($1) ON CONFLICT DO NOTHING RETURNING 1`,
          [today],
        );
        if (done.length === 0) return null;
        const earliest = addDays(today, -MAX_CATCH_UP_DAYS);
        const from = last ? maxDate(addDays(last, 1), earliest) : today;
        const schools: { id: string }[] = await manager.query(`SELECT id FROM organisation WHERE kind = 'SCHOOL'`);
        const { raised } = await evaluateSignals(manager, {
          schoolIds: schools.map((s) => s.id),
          today,
          from,
          withdraw: false,
        });
        // A consent whose last day was the day before one of these days has expired since the last run.
        const expired = await announceExpiredConsents(
          manager,
          this.actors,
          { lastDayFrom: addDays(from, -1), lastDayTo: addDays(today, -1) },
          emit,
        );
        this.logger.log(`nightly evaluation ${from}…${today}: ${raised} new signal(s), ${expired} consent(s) expired`);
        return raised;
      }),
    );
  }
}
