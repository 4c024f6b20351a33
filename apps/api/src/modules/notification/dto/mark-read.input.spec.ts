import { describe, expect, it } from 'vitest';
import { checkNotificationIds } from './mark-read.input';

describe('markNotificationsRead ids', () => {
  it('takes none as all, and notification ids as they are', () => {
    expect(checkNotificationIds(undefined)).toBeNull();
    expect(checkNotificationIds(null)).toBeNull();
    expect(checkNotificationIds(['7d1f3a52-5b7e-4c1a-9d3e-2f4b6a8c0e11'])).toEqual([
      '7d1f3a52-5b7e-4c1a-9d3e-2f4b6a8c0e11',
    ]);
  });

  it('refuses an id that is not a notification id, on the ids field', () => {
    expect(() => checkNotificationIds(['nope'])).toThrow('Een van de meldingen bestaat niet.');
    try {
      checkNotificationIds(['nope']);
    } catch (error) {
      expect((error as { details: unknown }).details).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'notification.unknownIds',
        params: {},
        field: 'ids',
      });
    }
  });
});
