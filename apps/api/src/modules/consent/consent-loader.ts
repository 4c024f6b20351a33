import { In, type EntityManager } from 'typeorm';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { GuardianEntity } from '../pupil/guardian.entity';
import { loadPeople } from '../user/people';
import { ConsentEntity } from './consent.entity';
import type { ConsentLookups } from './consent.mapper';

/** The consents of several pupils (newest first) with what their models name, in four queries. */
export async function loadConsents(
  manager: EntityManager,
  pupilIds: readonly string[],
): Promise<{ byPupil: Map<string, ConsentEntity[]>; lookups: ConsentLookups }> {
  const consents = await manager.find(ConsentEntity, {
    where: { pupilId: In([...pupilIds]) },
    order: { createdAt: 'DESC' },
  });
  const guardians = await manager.find(GuardianEntity, { where: { pupilId: In([...pupilIds]) } });
  const organisationIds = [...new Set(consents.flatMap((k) => k.organisationIds))];
  const organisations = organisationIds.length
    ? await manager.find(OrganisationEntity, { where: { id: In(organisationIds) } })
    : [];
  const people = await loadPeople(
    manager,
    consents.flatMap((k) => [k.recordedBy, ...(k.withdrawnBy ? [k.withdrawnBy] : [])]),
  );
  const byPupil = new Map<string, ConsentEntity[]>();
  for (const k of consents) byPupil.set(k.pupilId, [...(byPupil.get(k.pupilId) ?? []), k]);
  return {
    byPupil,
    lookups: {
      guardians: new Map(guardians.map((g) => [g.id, g])),
      organisations: new Map(organisations.map((o) => [o.id, o])),
      people,
    },
  };
}
