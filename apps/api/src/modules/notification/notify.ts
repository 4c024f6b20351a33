import type { EntityManager } from 'typeorm';
import { LiveEventKind, room } from '../../realtime/live-event';
import type { Emit } from '../../realtime/live-events';
import type { NotificationKind } from './notification.entity';

/**
 * A notification is a kind and references, nothing else: its title and body are the kind's fixed
 * sentence in the message catalogue (notificationText), said when it is read, so no caller can copy pupil data, a decision, minutes or an action's
 * title into it, past the field mask, consent withdrawal, the audit log and retention. The reader
 * follows a reference to the content, which is read through the mask when they open it.
 */
export interface NewNotification {
  recipientUserId: string;
  kind: NotificationKind;
  /** Not accepted: the text comes from the kind. */
  title?: never;
  /** Not accepted: the text comes from the kind. */
  body?: never;
  caseId?: string | null;
  signalId?: string | null;
  actionId?: string | null;
  meetingId?: string | null;
  /** The same key twice sends once (a retried write, two instances). Built from kinds and ids only. */
  dedupeKey?: string | null;
}

/**
 * Writes notifications in the caller's transaction: they exist exactly when the change that caused
 * them does. Returns how many were new; with `emit`, their recipients hear of them live after commit.
 */
export async function notify(
  manager: EntityManager,
  notifications: readonly NewNotification[],
  emit?: Emit,
): Promise<number> {
  if (notifications.length === 0) return 0;
  const rows = notifications.map((n) => ({
    recipient_user_id: n.recipientUserId,
    kind: n.kind,
    case_id: n.caseId ?? null,
    signal_id: n.signalId ?? null,
    action_id: n.actionId ?? null,
    meeting_id: n.meetingId ?? null,
    dedupe_key: n.dedupeKey ?? null,
  }));
  const [{ created, recipients }]: { created: number; recipients: string[] | null }[] = await manager.query(
    `WITH created AS (
       INSERT INTO notification (recipient_user_id, kind, case_id, signal_id, action_id, meeting_id, dedupe_key)
       SELECT recipient_user_id, kind, case_id, signal_id, action_id, meeting_id, dedupe_key
         FROM json_to_recordset($1::json) AS n(recipient_user_id uuid, kind text, case_id uuid, signal_id uuid, action_id uuid, meeting_id uuid, dedupe_key text)
       ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING recipient_user_id)
     SELECT count(*)::int AS created, array_agg(DISTINCT recipient_user_id)::text[] AS recipients FROM created`,
    [JSON.stringify(rows)],
  );
  for (const userId of recipients ?? []) emit?.({ kind: LiveEventKind.NOTIFICATION_CREATED }, [room.user(userId)]);
  return created;
}
