import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Session } from '../../core/auth/request-context';
import type { Emit } from '../../realtime/live-events';

/** An import changed a school's registrations: these pupils', from this day on. */
export interface RegistrationsChanged {
  schoolId: string;
  pupilIds: readonly string[];
  /** The earliest changed day: what depends on the registrations is looked at again from here. */
  from: string;
  /** Who imported them (they hear back what follows from them). */
  importedBy: string;
}

/** What the listeners made of it, for the import's result. */
export interface RegistrationsOutcome {
  signalsRaised: number;
  signalsWithdrawn: number;
}

export type RegistrationsListener = (
  manager: EntityManager,
  session: Session,
  change: RegistrationsChanged,
  emit: Emit,
) => Promise<Partial<RegistrationsOutcome>>;

/**
 * Changed registrations, for the modules above attendance that act on them, without attendance importing
 * them: the signal module evaluates the protocol from the earliest changed day (registered when it
 * starts). Listeners run in the import's transaction, one after another, so an import and what follows
 * from it are one change; their outcomes add up.
 */
@Injectable()
export class RegistrationEvents {
  private readonly listeners: RegistrationsListener[] = [];

  /** Registers a listener; returns the function that removes it again. */
  onRegistrationsChanged(listener: RegistrationsListener): () => void {
    this.listeners.push(listener);
    return () => {
      const at = this.listeners.indexOf(listener);
      if (at >= 0) this.listeners.splice(at, 1);
    };
  }

  async registrationsChanged(
    manager: EntityManager,
    session: Session,
    change: RegistrationsChanged,
    emit: Emit,
  ): Promise<RegistrationsOutcome> {
    const total: RegistrationsOutcome = { signalsRaised: 0, signalsWithdrawn: 0 };
    for (const listener of [...this.listeners]) {
      const outcome = await listener(manager, session, change, emit);
      total.signalsRaised += outcome.signalsRaised ?? 0;
      total.signalsWithdrawn += outcome.signalsWithdrawn ?? 0;
    }
    return total;
  }
}
