import { describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import type { Session } from '../../core/auth/request-context';
import { RegistrationEvents, type RegistrationsChanged } from './registration-events';

const manager = {} as EntityManager;
const session = {} as Session;
const emit = () => undefined;
const change: RegistrationsChanged = { schoolId: 's', pupilIds: ['p'], from: '2026-11-16', importedBy: 'u' };

describe('RegistrationEvents', () => {
  it('tells no one and counts nothing without listeners', async () => {
    expect(await new RegistrationEvents().registrationsChanged(manager, session, change, emit)).toEqual({
      signalsRaised: 0,
      signalsWithdrawn: 0,
    });
  });

  it('calls the listeners in order with the transaction and the change, and adds up their outcomes', async () => {
    const events = new RegistrationEvents();
    const seen: string[] = [];
    events.onRegistrationsChanged(async (m, _s, c) => {
      seen.push(`first ${m === manager} ${c.from}`);
      return { signalsRaised: 2, signalsWithdrawn: 1 };
    });
    events.onRegistrationsChanged(async (_m, _s, c) => {
      seen.push(`second ${c.pupilIds.join()}`);
      return { signalsRaised: 1 };
    });
    expect(await events.registrationsChanged(manager, session, change, emit)).toEqual({
      signalsRaised: 3,
      signalsWithdrawn: 1,
    });
    expect(seen).toEqual(['first true 2026-11-16', 'second p']);
  });

  it('stops calling a removed listener, and fails the import when a listener fails', async () => {
    const events = new RegistrationEvents();
    const remove = events.onRegistrationsChanged(async () => ({ signalsRaised: 5 }));
    remove();
    expect((await events.registrationsChanged(manager, session, change, emit)).signalsRaised).toBe(0);
    events.onRegistrationsChanged(async () => {
      throw new Error('evaluation failed');
    });
    await expect(events.registrationsChanged(manager, session, change, emit)).rejects.toThrow('evaluation failed');
  });
});
