import type { OrganisationModel } from '../organisation/organisation.model';
import type { PupilEntity } from './pupil.entity';
import type { GuardianEntity } from './guardian.entity';
import type { ParentModel, PupilModel } from './pupil.model';

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

/** A parent as every reader of the pupil sees them (category IDENTITY): name, name parts, authority and address. */
export function toParentModel(g: GuardianEntity): ParentModel {
  return {
    id: g.id,
    name: g.name,
    relation: g.relation,
    hasParentalAuthority: g.hasParentalAuthority,
    givenName: g.givenName,
    familyNamePrefix: g.familyNamePrefix,
    familyName: g.familyName,
    formOfAddress: g.formOfAddress,
    street: g.street,
    postalCode: g.postalCode,
    city: g.city,
  };
}
