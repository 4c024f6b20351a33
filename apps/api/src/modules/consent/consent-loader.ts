import { In, type EntityManager } from 'typeorm';
import { findOrganisations } from '../organisation/organisations';
import { guardiansOf } from '../pupil/pupils';
import { loadPeople } from '../user/people';
import { ConsentEntity } from './consent.entity';
import type { CaseModel } from '../case/case.model';
import { toConsentModel, type ConsentLookups } from './consent.mapper';
import type { ConsentModel } from './consent.model';

/** The consents of several pupils (newest first) with what their models name, in four queries. */
export async function loadConsents(
  manager: EntityManager,
  pupilIds: readonly string[],
): Promise<{ byPupil: Map<string, ConsentEntity[]>; lookups: ConsentLookups }> {
  const consents = await manager.find(ConsentEntity, {
    where: { pupilId: In([...pupilIds]) },
    order: { createdAt: 'DESC' },
  });
  const guardians = await guardiansOf(manager, pupilIds);
  const organisationIds = [...new Set(consents.flatMap((k) => k.organisationIds))];
  const organisations = await findOrganisations(manager, organisationIds);
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

/** The consents of a case's pupil as the case's reader sees them; one read for all the cases read with it. */
export async function caseConsents(manager: EntityManager, caseModel: CaseModel): Promise<ConsentModel[]> {
  const { byPupil, lookups } = await caseModel.batch('consent.consents', (cases) =>
    loadConsents(manager, [...new Set(cases.map((c) => c.pupilId))]),
  );
  return (byPupil.get(caseModel.pupilId) ?? []).map((k) => toConsentModel(k, caseModel.reader, lookups));
}
