import DataLoader from 'dataloader';
import type { AuthenticatedRequest } from '../auth/request-context';

const LOADERS = Symbol('aanwezig.loaders');
type WithLoaders = AuthenticatedRequest & { [LOADERS]?: Map<string, DataLoader<string, unknown>> };

/**
 * A DataLoader that lives for one request: nested fields of a list (a page of cases with their
 * actions and next meetings) are fetched in one query per field instead of one per row.
 */
export function requestLoader<V>(
  req: AuthenticatedRequest,
  key: string,
  batch: (ids: readonly string[]) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<string, V> {
  const request = req as WithLoaders;
  request[LOADERS] ??= new Map();
  let loader = request[LOADERS].get(key) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(async (ids) => {
      const found = await batch(ids);
      return ids.map((id) => (found.has(id) ? found.get(id)! : missing));
    });
    request[LOADERS].set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}
