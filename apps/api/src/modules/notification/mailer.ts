import { chmod, mkdir, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** An iCalendar invitation (METHOD:REQUEST), shown by mail clients as "accept / decline". */
  calendar?: string;
  /** Which notification this mail carries (X-Aanwezig-Notification), for support and for tracing duplicates. */
  notificationId?: string;
}

/**
 * Sends e-mail through SMTP_URL. Without it, every mail is written as an .eml file to the outbox
 * folder and logged, so nothing is lost on a machine without a mail server.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter;
  private readonly outbox: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.outbox = config.smtpUrl ? null : (config.mailOutboxDir ?? path.join(config.dataDir, 'outbox'));
    this.transport = config.smtpUrl
      ? createTransport(config.smtpUrl)
      : createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(mail: Mail): Promise<void> {
    const info = await this.transport.sendMail({
      from: this.config.mailFrom ?? 'Aanwezig <noreply@aanwezig.local>',
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.notificationId ? { headers: { 'X-Aanwezig-Notification': mail.notificationId } } : {}),
      ...(mail.calendar
        ? { icalEvent: { method: 'REQUEST', filename: 'uitnodiging.ics', content: mail.calendar } }
        : {}),
    });
    if (!this.outbox) return;
    // Mails name people and link to pupils' records: readable by this service's user only.
    await mkdir(this.outbox, { recursive: true, mode: 0o700 });
    await chmod(this.outbox, 0o700);
    const file = path.join(
      this.outbox,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(info.messageId).replace(/[^\w.@-]/g, '')}.eml`,
    );
    await writeFile(file, info.message as Buffer, { mode: 0o600 });
    this.logger.log(`mail to ${mail.to} ("${mail.subject}") written to ${file}`);
  }

  /** Deletes outbox mails written before `before` (retention: a mail names people and points at records). */
  async pruneOutbox(before: Date): Promise<number> {
    if (!this.outbox) return 0;
    const names = await readdir(this.outbox).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names.filter((n) => n.endsWith('.eml'))) {
      const file = path.join(this.outbox, name);
      if ((await stat(file)).mtime < before) {
        await unlink(file);
        removed++;
      }
    }
    return removed;
  }
}
