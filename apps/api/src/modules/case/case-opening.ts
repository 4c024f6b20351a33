import type { EntityManager } from 'typeorm';
import { CaseInvolvementEntity } from './case-involvement.entity';
import { CaseEntity } from './case.entity';

/** What a new case is opened with; the rest takes the column defaults (open, no outcome, no notes). */
export type NewCase = Pick<CaseEntity, 'regionId' | 'schoolId' | 'pupilId' | 'tier' | 'flaggedForMeeting'> &
  Partial<Pick<CaseEntity, 'category' | 'typology' | 'worryFlag' | 'mentorNotes'>>;

/**
 * A new open case with the school and the one who opens it involved from the start: createCase and a
 * signal's case (CaseService.openOrAttach) open cases alike. In the caller's transaction.
 */
export async function insertCase(manager: EntityManager, userId: string, fields: NewCase): Promise<CaseEntity> {
  const entity = await manager.save(manager.create(CaseEntity, { ...fields, createdBy: userId }));
  await manager.insert(CaseInvolvementEntity, [
    { caseId: entity.id, organisationId: fields.schoolId, userId: null, addedBy: userId },
    { caseId: entity.id, organisationId: fields.schoolId, userId, addedBy: userId },
  ]);
  return entity;
}
