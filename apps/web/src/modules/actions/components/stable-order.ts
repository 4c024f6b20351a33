import { useRef } from 'react';

/**
 * Keeps items in the order they were first shown during this visit: an action just marked done, handed
 * on or moved to another date stays where the person was working (with its outcome beside it) instead
 * of jumping away; newly arrived items go after the others. The next visit shows the server's order.
 */
export function stableOrder<T extends { id: string }>(items: readonly T[], ranks: Map<string, number>): T[] {
  for (const item of items) if (!ranks.has(item.id)) ranks.set(item.id, ranks.size);
  return [...items].sort((a, b) => ranks.get(a.id)! - ranks.get(b.id)!);
}

/** stableOrder with the ranks kept for the component's life. */
export function useStableOrder<T extends { id: string }>(items: readonly T[]): T[] {
  const ranks = useRef(new Map<string, number>());
  return stableOrder(items, ranks.current);
}
