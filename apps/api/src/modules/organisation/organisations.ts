import { In, type EntityManager } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/**
 * Organisations for the modules above (the case, its consents), read by the organisation module: by
 * id, and within a region when one is given (an organisation of another region is as unknown as none).
 */
export async function findOrganisations(
  manager: EntityManager,
  ids: readonly string[],
  regionId?: string,
): Promise<OrganisationEntity[]> {
  if (ids.length === 0) return [];
  return manager.find(OrganisationEntity, { where: { id: In([...ids]), ...(regionId ? { regionId } : {}) } });
}

export async function findOrganisation(
  manager: EntityManager,
  id: string,
  regionId?: string,
): Promise<OrganisationEntity | null> {
  return (await findOrganisations(manager, [id], regionId))[0] ?? null;
}

/** A region's organisations (id, name, kind, sector), e.g. to choose recipients from. */
export function organisationsOfRegion(manager: EntityManager, regionId: string): Promise<OrganisationEntity[]> {
  return manager.find(OrganisationEntity, { where: { regionId }, select: ['id', 'name', 'kind', 'sector'] });
}
