import type { OrganisationModel } from '../organisation/organisation.model';
import type { PupilEntity } from './pupil.entity';
import type { PupilModel } from './pupil.model';

export function toPupilModel(
  pupil: Pick<PupilEntity, 'id' | 'givenName' | 'familyName' | 'dateOfBirth' | 'groupName' | 'pupilNumber'>,
  school: OrganisationModel,
): PupilModel {
  return {
    id: pupil.id,
    givenName: pupil.givenName,
    familyName: pupil.familyName,
    displayName: `${pupil.givenName} ${pupil.familyName}`,
    dateOfBirth: pupil.dateOfBirth,
    groupName: pupil.groupName,
    pupilNumber: pupil.pupilNumber,
    school,
  };
}
