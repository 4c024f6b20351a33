import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  Role,
  actionReminders,
  addDays,
  dutchDate,
  isDigestDay,
  reminderSettings,
  type ActionReminder,
  type ReminderSettings,
} from '@aanwezig/domain';
import { LiveEvents } from '../../realtime/live-events';
import { NotificationKind } from '../notification/notification.entity';
import { notify, type NewNotification } from '../notification/notify';
import { unreportedLegalReportEscalations } from '../signal/legal-report-escalation';

interface OpenAction {
  id: string;
  case_id: string;
  owner_user_id: string;
  due_date: string;
  school_id: string;
  settings: Partial<ReminderSettings> | null;
}

interface ActionOwner {
  user_id: string;
  settings: Partial<ReminderSettings> | null;
}

/** How far ahead anyone can be reminded (the largest reminderDaysBefore allowed). */
const LOOKAHEAD_DAYS = 30;

/**
 * Reminders and escalation of open actions (and of legal reports not reported to DUO in time), driven from database state only. Every notification has a
 * dedupe key (kind, action, due date, recipient), so running this any number of times, after a restart
 * or on two instances at once, sends each one exactly once. A reassigned or rescheduled action earns
 * its reminders again, for its new owner or date. A notification is its kind's neutral sentence and the
 * action's and case's ids: no pupil, no action title, no date; the app shows those through the field mask.
 */
@Injectable()
export class ReminderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly live: LiveEvents,
  ) {}

  /** Sends what is due on `today`; returns how many notifications were new. */
  async run(today: string = dutchDate()): Promise<number> {
    return this.live.afterCommit((emit) =>
      this.dataSource.transaction(async (manager) => {
        // One run at a time across instances (no lock-order surprises between their inserts); the
        // dedupe keys are what make each notification exactly-once, also across runs.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('aanwezig:reminders'))`);
        const notifications = [
          ...(await this.actionReminders(manager, today)),
          ...(await this.digests(manager, today)),
          ...(await unreportedLegalReportEscalations(manager, today)),
        ];
        return notify(manager, notifications, emit);
      }),
    );
  }

  private async actionReminders(manager: EntityManager, today: string): Promise<NewNotification[]> {
    const actions: OpenAction[] = await manager.query(
      `SELECT a.id, a.case_id, a.owner_user_id, a.due_date::text AS due_date, c.school_id, o.reminder_settings AS settings
         FROM case_action a JOIN case_file c ON c.id = a.case_id JOIN organisation o ON o.id = c.school_id
        WHERE a.status = 'OPEN' AND a.due_date <= $1::date
        ORDER BY a.id`,
      [addDays(today, LOOKAHEAD_DAYS)],
    );
    const coordinators = await this.coordinatorsOf(manager, [...new Set(actions.map((a) => a.school_id))]);
    return actions.flatMap((action) =>
      actionReminders(action.due_date, today, reminderSettings(action.settings)).flatMap((reminder) => {
        const recipients =
          reminder === 'ESCALATED' ? (coordinators.get(action.school_id) ?? []) : [action.owner_user_id];
        return recipients.map((recipientUserId) => ({
          recipientUserId,
          kind: REMINDER_KIND[reminder],
          caseId: action.case_id,
          actionId: action.id,
          dedupeKey: `action:${reminder}:${action.id}:${action.due_date}:${recipientUserId}`,
        }));
      }),
    );
  }

  /** On their organisation's digest day, everyone with open actions gets one overview. */
  private async digests(manager: EntityManager, today: string): Promise<NewNotification[]> {
    const owners: ActionOwner[] = await manager.query(
      `SELECT a.owner_user_id AS user_id,
              (SELECT o.reminder_settings FROM membership m JOIN organisation o ON o.id = m.organisation_id
                WHERE m.user_id = a.owner_user_id ORDER BY o.name LIMIT 1) AS settings
         FROM case_action a JOIN app_user u ON u.id = a.owner_user_id
        WHERE a.status = 'OPEN' AND u.active
        GROUP BY a.owner_user_id
        ORDER BY a.owner_user_id`,
    );
    return owners
      .filter((owner) => isDigestDay(today, reminderSettings(owner.settings)))
      .map((owner) => ({
        recipientUserId: owner.user_id,
        kind: NotificationKind.WEEKLY_DIGEST,
        dedupeKey: `digest:${owner.user_id}:${today}`,
      }));
  }

  private async coordinatorsOf(manager: EntityManager, schoolIds: string[]): Promise<Map<string, string[]>> {
    const rows: { organisation_id: string; user_id: string }[] = schoolIds.length
      ? await manager.query(
          `SELECT m.organisation_id, m.user_id FROM membership m JOIN app_user u ON u.id = m.user_id
            WHERE m.organisation_id = ANY($1) AND m.role = $2 AND u.active`,
          [schoolIds, Role.ATTENDANCE_COORDINATOR],
        )
      : [];
    const bySchool = new Map<string, string[]>();
    for (const r of rows) bySchool.set(r.organisation_id, [...(bySchool.get(r.organisation_id) ?? []), r.user_id]);
    return bySchool;
  }
}

const REMINDER_KIND: Record<ActionReminder, NotificationKind> = {
  DUE_SOON: NotificationKind.ACTION_DUE_SOON,
  DUE_TODAY: NotificationKind.ACTION_DUE_TODAY,
  OVERDUE: NotificationKind.ACTION_OVERDUE,
  ESCALATED: NotificationKind.ACTION_ESCALATED,
};
