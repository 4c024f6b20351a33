import { describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { forgetNotificationsAbout } from './notification.retention';

/** A manager that records its queries instead of running them. */
function recording() {
  const queries: { sql: string; params: unknown[] }[] = [];
  const manager = {
    query: (sql: string, params: unknown[] = []) => {
      queries.push({ sql, params });
      return Promise.resolve([]);
    },
  } as unknown as EntityManager;
  return { manager, queries };
}

describe('the notification retention step', () => {
  it('asks nothing of the database when nothing was removed', async () => {
    const { manager, queries } = recording();
    await forgetNotificationsAbout(manager, {});
    await forgetNotificationsAbout(manager, { caseIds: [], signalIds: [] });
    expect(queries).toEqual([]);
  });

  it('deletes notifications about any of the removed cases, signals and actions, in its own table only', async () => {
    const { manager, queries } = recording();
    await forgetNotificationsAbout(manager, { signalIds: ['s1'], actionIds: ['a1', 'a2'] });
    expect(queries).toHaveLength(1);
    expect(queries[0].sql).toMatch(/^DELETE FROM notification WHERE/);
    expect(queries[0].params).toEqual([[], ['s1'], ['a1', 'a2']]);
  });
});
