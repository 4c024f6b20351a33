import { In, type EntityManager } from 'typeorm';
import { GuardianEntity } from './guardian.entity';
import { PupilEntity } from './pupil.entity';

/** A pupil by id, for the modules above (opening a case, consents, subject access); null when there is none. */
export function findPupil(manager: EntityManager, id: string): Promise<PupilEntity | null> {
  return manager.findOneBy(PupilEntity, { id });
}

/** The guardians of these pupils (for consents: who has parental authority, and who gave consent). */
export function guardiansOf(manager: EntityManager, pupilIds: readonly string[]): Promise<GuardianEntity[]> {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return manager.find(GuardianEntity, { where: { pupilId: In([...pupilIds]) } });
}
