import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import { meetingInvitation } from './calendar-invitation';
import { Mailer, type Mail } from './mailer';
import { notificationMail } from './notification-text';
import { NotificationKind } from './notification.entity';

interface PendingMail {
  id: string;
  kind: NotificationKind;
  case_id: string | null;
  signal_id: string | null;
  meeting_id: string | null;
  email: string;
}

/**
 * Mails the notifications that have not been mailed yet. Several instances may run it at once: each
 * claims a row with FOR UPDATE SKIP LOCKED, so every notification is mailed by one of them, once.
 */
@Injectable()
export class MailDispatcher {
  private readonly logger = new Logger('MailDispatcher');

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Mails up to `limit` waiting notifications; returns how many went out. One mail per transaction: the
   * mark that it went commits right after the send, so a process killed in the middle of a round sends
   * again at most the one mail it was sending (a batch per transaction resent the whole batch).
   */
  async dispatch(limit = 100): Promise<number> {
    let sent = 0;
    const refused: string[] = [];
    for (let i = 0; i < limit; i++) {
      const outcome = await this.dataSource.transaction(async (manager) => {
        const [notification]: PendingMail[] = await manager.query(
          `SELECT n.id, n.kind, n.case_id, n.signal_id, n.meeting_id, u.email
             FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
            WHERE n.emailed_at IS NULL AND u.active AND NOT (n.id = ANY($1::uuid[]))
            ORDER BY n.created_at LIMIT 1
            FOR UPDATE OF n SKIP LOCKED`,
          [refused],
        );
        if (!notification) return 'none';
        try {
          await this.mailer.send(await this.compose(manager, notification));
        } catch (error) {
          // Left unmailed: the next round tries again.
          this.logger.warn(`mail for notification ${notification.id} failed: ${(error as Error).message}`);
          // The server refused this one recipient for good (5xx at RCPT TO): go on with the others, or one
          // bad address would hold back everyone's mail. Anything else (4xx, no server) stops the round.
          if (refusedRecipient(error)) {
            refused.push(notification.id);
            return 'refused';
          }
          return 'stop';
        }
        await manager.query(`UPDATE notification SET emailed_at = now() WHERE id = $1`, [notification.id]);
        return 'sent';
      });
      if (outcome === 'none' || outcome === 'stop') break;
      if (outcome === 'sent') sent++;
    }
    return sent;
  }

  /**
   * The mail says in Dutch what the in-app notification says (its kind's neutral sentence from the
   * catalogue: no pupil, no content) and links into the app, where the record is read through the field mask.
   */
  private async compose(manager: DataSource['manager'], n: PendingMail): Promise<Mail> {
    const appUrl = this.config.appUrl ?? 'http://localhost:3000';
    const link = n.meeting_id
      ? `${appUrl}/overleggen/${n.meeting_id}`
      : n.case_id
        ? `${appUrl}/casussen/${n.case_id}`
        : n.signal_id
          ? `${appUrl}/signalen`
          : appUrl;
    const { subject, text } = notificationMail(n.kind, link);
    const invitation =
      n.meeting_id && (n.kind === NotificationKind.MEETING_INVITATION || n.kind === NotificationKind.MEETING_MOVED);
    const calendar = invitation ? await meetingInvitation(manager, n.meeting_id!, appUrl) : undefined;
    return {
      to: n.email,
      subject,
      text,
      calendar: calendar ?? undefined,
      notificationId: n.id,
    };
  }
}

function refusedRecipient(error: unknown): boolean {
  const { code, responseCode } = error as { code?: string; responseCode?: number };
  return code === 'EENVELOPE' && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}
