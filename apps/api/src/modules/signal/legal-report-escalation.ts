import type { EntityManager } from 'typeorm';
import { LEGAL_REPORT_ESCALATION_ROLES } from '@aanwezig/domain';
import { NotificationKind } from '../notification/notification.entity';
import type { NewNotification } from '../notification/notify';

/**
 * Legal reports (meldplicht) that the school did not record as reported to DUO by their deadline: marks
 * each escalated and tells the school's attendance coordinator and school leader, once (escalated_at,
 * and a dedupe key per recipient, so a rerun or a second instance adds nothing). Runs in the caller's
 * transaction; the notification is the kind's neutral sentence, the deadline is read on the signal.
 */
export async function unreportedLegalReportEscalations(
  manager: EntityManager,
  today: string,
): Promise<NewNotification[]> {
  const overdue: { id: string; school_id: string }[] = await manager.query(
    `WITH escalated AS (
       UPDATE signal s SET escalated_at = now()
        WHERE s.id IN (SELECT id FROM signal
                        WHERE rule_key = 'LEGAL_REPORT' AND report_due < $1::date
                          AND reported_at IS NULL AND withdrawn_at IS NULL AND escalated_at IS NULL
                        FOR UPDATE SKIP LOCKED)
        RETURNING s.id, s.school_id)
     SELECT * FROM escalated`,
    [today],
  );
  if (overdue.length === 0) return [];
  const recipients: { school_id: string; user_id: string }[] = await manager.query(
    `SELECT DISTINCT m.organisation_id AS school_id, m.user_id FROM membership m JOIN app_user u ON u.id = m.user_id AND u.active
      WHERE m.organisation_id = ANY($1) AND m.role = ANY($2)`,
    [[...new Set(overdue.map((o) => o.school_id))], LEGAL_REPORT_ESCALATION_ROLES],
  );
  return overdue.flatMap((signal) =>
    recipients
      .filter((r) => r.school_id === signal.school_id)
      .map((r) => ({
        recipientUserId: r.user_id,
        kind: NotificationKind.LEGAL_REPORT_OVERDUE,
        signalId: signal.id,
        dedupeKey: `signal:${signal.id}:report-overdue:${r.user_id}`,
      })),
  );
}
