import { describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { CaseEvents, type WorryFlagSet } from './case-events';

const manager = {} as EntityManager;
const event: WorryFlagSet = { regionId: 'r', schoolId: 's', pupilId: 'p', caseId: 'c', raisedBy: 'u' };

describe('CaseEvents', () => {
  it('calls each worry-flag listener in the order they registered, with the transaction and the event', async () => {
    const events = new CaseEvents();
    const calls: string[] = [];
    events.onWorryFlagSet(async (m, e) => void calls.push(`first ${m === manager} ${e.caseId}`));
    events.onWorryFlagSet(async (_m, e) => void calls.push(`second ${e.raisedBy}`));
    await events.worryFlagSet(manager, event);
    expect(calls).toEqual(['first true c', 'second u']);
  });

  it('stops calling a listener once it is removed', async () => {
    const events = new CaseEvents();
    let called = 0;
    const remove = events.onWorryFlagSet(async () => void (called += 1));
    remove();
    await events.worryFlagSet(manager, event);
    expect(called).toBe(0);
  });

  it("fails the change when a listener fails (the listener's writes are in the same transaction)", async () => {
    const events = new CaseEvents();
    events.onWorryFlagSet(async () => {
      throw new Error('refused');
    });
    await expect(events.worryFlagSet(manager, event)).rejects.toThrow('refused');
  });
});
