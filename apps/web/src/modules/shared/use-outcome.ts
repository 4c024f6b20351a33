import { useCallback, useState } from 'react';
import type { OperationResult } from 'urql';
import { outcomeOf, type Outcome } from './outcome';

export interface OutcomeState {
  outcome: Outcome | null;
  /**
   * Runs one request (a mutation, say) and records its outcome: `done(data)` says what happened.
   * A failure that repeating can cure offers a retry of the same request. Returns the data, if any.
   */
  run<Data>(attempt: () => Promise<OperationResult<Data>>, done: (data: Data) => string): Promise<Data | undefined>;
  /** The form's own refusal, before anything is sent: what to change. */
  refuse(text: string, field?: string): void;
  clear(): void;
}

/** The outcome of the person's last action in one place of a page; show it with <OutcomeMessage>. */
export function useOutcome(): OutcomeState {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = useCallback(async function attemptOnce<Data>(
    attempt: () => Promise<OperationResult<Data>>,
    done: (data: Data) => string,
  ): Promise<Data | undefined> {
    setOutcome(null);
    const result = await attempt();
    if (result.error) {
      setOutcome(outcomeOf(result.error, () => void attemptOnce(attempt, done)));
      return undefined;
    }
    if (result.data === undefined) return undefined;
    setOutcome({ kind: 'done', text: done(result.data) });
    return result.data;
  }, []);
  const refuse = useCallback((text: string, field?: string) => setOutcome({ kind: 'invalid', text, field }), []);
  const clear = useCallback(() => setOutcome(null), []);
  return { outcome, run, refuse, clear };
}
