import { In, type EntityManager } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import type { OrganisationModel } from './organisation.model';

/** Dutch alphabetical order (one collator: `localeCompare` with a locale builds one per call). */
export const byDutchName = (() => {
  const collator = new Intl.Collator('nl');
  return (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
})();

/** Organisations by id, in one query. Unknown ids are absent from the map. */
export async function loadOrganisations(
  manager: EntityManager,
  ids: Iterable<string>,
): Promise<Map<string, OrganisationModel>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await manager.find(OrganisationEntity, {
    where: { id: In(unique) },
    select: ['id', 'name', 'kind', 'sector'],
  });
  return new Map(rows.map((o) => [o.id, { id: o.id, name: o.name, kind: o.kind, sector: o.sector }]));
}
