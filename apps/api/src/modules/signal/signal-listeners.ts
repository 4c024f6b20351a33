import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { RegistrationEvents } from '../attendance/registration-events';
import { CaseEvents } from '../case/case-events';
import { evaluateSignals } from './signal-evaluation';
import { announceSignalChanges } from './signal-withdrawal';
import { raiseWorrySignal } from './worry-signal';

/**
 * What the signal module does when the modules below it change something: changed registrations are
 * evaluated against the protocol from the earliest changed day, in the import's transaction (an import
 * and its signals are one; the nightly run catches what time alone brings), and the readers of signals
 * withdrawn or reinstated by the correction are told; a worry flag set on a case raises a worry signal
 * in the same transaction.
 */
@Injectable()
export class SignalListeners implements OnModuleInit, OnModuleDestroy {
  private readonly removals: (() => void)[] = [];

  constructor(
    private readonly registrations: RegistrationEvents,
    private readonly cases: CaseEvents,
  ) {}

  onModuleInit(): void {
    this.removals.push(
      this.cases.onWorryFlagSet((manager, worry) => raiseWorrySignal(manager, worry)),
      this.registrations.onRegistrationsChanged(async (manager, session, change, emit) => {
        const evaluation = await evaluateSignals(manager, {
          schoolIds: [change.schoolId],
          pupilIds: change.pupilIds,
          from: change.from,
          raisedBy: change.importedBy,
        });
        await announceSignalChanges(manager, session, evaluation, emit);
        return { signalsRaised: evaluation.raised, signalsWithdrawn: evaluation.withdrawn.length };
      }),
    );
  }

  onModuleDestroy(): void {
    for (const remove of this.removals.splice(0)) remove();
  }
}
