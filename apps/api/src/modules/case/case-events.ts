import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A case's worry flag (zorgenvinkje) was set, by a mentor or a coordinator: on creating the case or later. */
export interface WorryFlagSet {
  regionId: string;
  schoolId: string;
  pupilId: string;
  caseId: string;
  /** The one who set it: they hear back what was done with it. */
  raisedBy: string;
}

/** Runs in the transaction that set the flag (`manager`): what it writes commits or rolls back with the flag. */
export type WorryFlagListener = (manager: EntityManager, event: WorryFlagSet) => Promise<void>;

/**
 * What happens to a case that modules above case want to act on, without case importing them: they
 * register a listener when their module starts (the signal module raises a worry signal when the flag is
 * set), and the case service calls `worryFlagSet` where it sets the flag. One registry per application
 * (a Nest provider of the case module), listeners called in the order they registered, one after
 * another; a listener's error fails the change.
 */
@Injectable()
export class CaseEvents {
  private readonly worryFlagListeners: WorryFlagListener[] = [];

  /** Registers a listener; returns the function that removes it again. */
  onWorryFlagSet(listener: WorryFlagListener): () => void {
    this.worryFlagListeners.push(listener);
    return () => {
      const at = this.worryFlagListeners.indexOf(listener);
      if (at >= 0) this.worryFlagListeners.splice(at, 1);
    };
  }

  async worryFlagSet(manager: EntityManager, event: WorryFlagSet): Promise<void> {
    for (const listener of [...this.worryFlagListeners]) await listener(manager, event);
  }
}
