import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { MailDispatcher } from '../notification/mail-dispatcher';
import { ReminderService } from './reminder.service';

/**
 * Runs the reminders and then the mail outbox every SCHEDULER_INTERVAL_SECONDS, on every instance:
 * both jobs are safe to run concurrently (dedupe keys, SKIP LOCKED), so no leader election is needed.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Scheduler');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: ReminderService,
    private readonly mail: MailDispatcher,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.schedulerIntervalSeconds ?? 0;
    if (seconds <= 0) return;
    this.timer = setInterval(() => void this.tick(), seconds * 1000);
    this.timer.unref();
    setTimeout(() => void this.tick(), 1000).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One round: reminders for today, then mail everything waiting. One round at a time per instance. */
  tick(): Promise<void> {
    this.running ??= (async () => {
      try {
        const created = await this.reminders.run();
        let mailed = 0;
        for (let batch = await this.mail.dispatch(); batch > 0; batch = await this.mail.dispatch()) mailed += batch;
        if (created || mailed) this.logger.log(`reminders: ${created} new, mails sent: ${mailed}`);
      } catch (error) {
        this.logger.error(`scheduled round failed: ${(error as Error).message}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
