import depthLimit from 'graphql-depth-limit';
import { Kind, visit, type DocumentNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * graphql-depth-limit's rule, except on a document whose fragments spread each other in a cycle:
 * it follows such spreads without end (a stack overflow, answered as an internal error), while
 * GraphQL's own NoFragmentCyclesRule refuses the document in the same validation with a clear message.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  const limit = depthLimit(maxDepth);
  return (context: ValidationContext) => (hasFragmentCycle(context.getDocument()) ? {} : limit(context));
}

function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map<string, string[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    const names: string[] = [];
    visit(definition.selectionSet, { FragmentSpread: (spread) => void names.push(spread.name.value) });
    spreads.set(definition.name.value, names);
  }
  const done = new Set<string>();
  const cyclicFrom = (name: string, path: Set<string>): boolean => {
    if (path.has(name)) return true;
    if (done.has(name)) return false;
    path.add(name);
    const cyclic = (spreads.get(name) ?? []).some((next) => cyclicFrom(next, path));
    path.delete(name);
    done.add(name);
    return cyclic;
  };
  return [...spreads.keys()].some((name) => cyclicFrom(name, new Set()));
}
