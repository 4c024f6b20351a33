import type { EntityManager } from 'typeorm';
import type { NotificationKind } from './notification.entity';

export interface NewNotification {
  recipientUserId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  caseId?: string | null;
  signalId?: string | null;
  /** The same key twice sends once (a retried write, two instances). */
  dedupeKey?: string | null;
}

/** Writes notifications in the caller's transaction: they exist exactly when the change that caused them does. */
export async function notify(manager: EntityManager, notifications: readonly NewNotification[]): Promise<void> {
  if (notifications.length === 0) return;
  await manager.query(
    `INSERT INTO notification (recipient_user_id, kind, title, body, case_id, signal_id, dedupe_key)
     SELECT recipient_user_id, kind, title, body, case_id, signal_id, dedupe_key
       FROM json_to_recordset($1::json) AS n(recipient_user_id uuid, kind text, title text, body text, case_id uuid, signal_id uuid, dedupe_key text)
     ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
    [
      JSON.stringify(
        notifications.map((n) => ({ recipient_user_id: n.recipientUserId, kind: n.kind, title: n.title, body: n.body, case_id: n.caseId ?? null, signal_id: n.signalId ?? null, dedupe_key: n.dedupeKey ?? null })),
      ),
    ],
  );
}
