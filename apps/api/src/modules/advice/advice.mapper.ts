import { In, type EntityManager } from 'typeorm';
import type { CaseReader } from '@aanwezig/authz';
import { maskFields } from '../../authz/field-mask';
import { loadOrganisations } from '../organisation/organisation-names';
import type { OrganisationModel } from '../organisation/organisation.model';
import { loadPeople, UNKNOWN_PERSON } from '../user/people';
import { AdviceEntity } from './advice.entity';
import type { AdviceModel } from './advice.model';
import type { PersonModel } from '../user/user-summary.model';

/** The authors and their organisations of a set of advice, read once for all of it. */
export interface AdviceLookups {
  people: Map<string, PersonModel>;
  organisations: Map<string, OrganisationModel>;
}

export async function loadAdviceLookups(manager: EntityManager, advice: AdviceEntity[]): Promise<AdviceLookups> {
  if (advice.length === 0) return { people: new Map(), organisations: new Map() };
  const people = await loadPeople(
    manager,
    advice.map((a) => a.authorId),
  );
  const organisations = await loadOrganisations(
    manager,
    advice.map((a) => a.authorOrganisationId),
  );
  return { people, organisations };
}

/** Advice as this reader may see it: the education part by the matrix (consent), the note only at the GGD. */
export function toAdviceModel(a: AdviceEntity, lookups: AdviceLookups, reader: CaseReader): AdviceModel {
  const author = lookups.people.get(a.authorId) ?? UNKNOWN_PERSON;
  const authorOrganisation = lookups.organisations.get(a.authorOrganisationId)!;
  const masked = maskFields(
    'Advice',
    {
      id: a.id,
      author,
      authorOrganisation,
      educationAdvice: a.educationAdvice,
      privateNote: a.privateNote,
      createdAt: a.createdAt,
    },
    { ...reader, authorOrganisationIds: [a.authorOrganisationId] },
  );
  return { ...masked, id: a.id, createdAt: a.createdAt };
}

/** Advice as this reader may see it (one case's, or advice just written). */
export async function adviceModels(
  manager: EntityManager,
  advice: AdviceEntity[],
  reader: CaseReader,
): Promise<AdviceModel[]> {
  const lookups = await loadAdviceLookups(manager, advice);
  return advice.map((a) => toAdviceModel(a, lookups, reader));
}

/** The advice on each of these cases, newest first, with its lookups: one query each for a whole page. */
export async function adviceOfCases(
  manager: EntityManager,
  caseIds: readonly string[],
): Promise<Map<string, { advice: AdviceEntity[]; lookups: AdviceLookups }>> {
  const all = await manager.find(AdviceEntity, { where: { caseId: In([...caseIds]) }, order: { createdAt: 'DESC' } });
  const lookups = await loadAdviceLookups(manager, all);
  const byCase = new Map<string, { advice: AdviceEntity[]; lookups: AdviceLookups }>();
  for (const a of all) {
    const entry = byCase.get(a.caseId) ?? { advice: [], lookups };
    entry.advice.push(a);
    byCase.set(a.caseId, entry);
  }
  return byCase;
}
