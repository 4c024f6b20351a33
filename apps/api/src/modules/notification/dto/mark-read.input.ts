import { isUuid } from '../../../core/database/uuid';
import { unknownNotifications } from '../notification.errors';

/** markNotificationsRead's ids: none (all of yours) or notification ids; anything else names no notification. */
export function checkNotificationIds(ids: readonly string[] | null | undefined): string[] | null {
  if (!ids) return null;
  if (ids.some((id) => !isUuid(id))) throw unknownNotifications();
  return [...ids];
}
