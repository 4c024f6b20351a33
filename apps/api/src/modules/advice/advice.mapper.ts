import { In, type EntityManager } from 'typeorm';
import type { CaseReader } from '@aanwezig/authz';
import { maskFields } from '../../authz/field-mask';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { loadPeople, UNKNOWN_PERSON } from '../user/people';
import type { AdviceEntity } from './advice.entity';
import type { AdviceModel } from './advice.model';

/** Advice as this reader may see it: the education part by the matrix (consent), the note only at the GGD. */
export async function adviceModels(
  manager: EntityManager,
  advice: AdviceEntity[],
  reader: CaseReader,
): Promise<AdviceModel[]> {
  if (advice.length === 0) return [];
  const people = await loadPeople(
    manager,
    advice.map((a) => a.authorId),
  );
  const organisations = await manager.find(OrganisationEntity, {
    where: { id: In([...new Set(advice.map((a) => a.authorOrganisationId))]) },
  });
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return advice.map((a) => {
    const author = people.get(a.authorId) ?? UNKNOWN_PERSON;
    const authorOrganisation = byId.get(a.authorOrganisationId)!;
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
  });
}
