import { consentActive, dutchDate } from '@aanwezig/domain';
import type { CaseReader } from '@aanwezig/authz';
import { maskFields } from '../../authz/field-mask';
import type { OrganisationModel } from '../organisation/organisation.model';
import type { GuardianEntity } from '../pupil/guardian.entity';
import { UNKNOWN_PERSON } from '../user/people';
import type { PersonModel } from '../user/user-summary.model';
import type { ConsentEntity } from './consent.entity';
import type { ConsentModel } from './consent.model';

export interface ConsentLookups {
  guardians: Map<string, GuardianEntity>;
  organisations: Map<string, OrganisationModel>;
  people: Map<string, PersonModel>;
}

/** A consent as this reader may see it: the parents' names are identity data of the pupil. */
export function toConsentModel(consent: ConsentEntity, reader: CaseReader, lookups: ConsentLookups): ConsentModel {
  const today = dutchDate();
  return maskFields(
    'Consent',
    {
      id: consent.id,
      givenByPupil: consent.givenByPupil,
      guardians: consent.guardianIds
        .map((id) => lookups.guardians.get(id))
        .filter((g): g is GuardianEntity => Boolean(g)),
      recordedBy: lookups.people.get(consent.recordedBy) ?? UNKNOWN_PERSON,
      method: consent.method,
      categories: consent.categories,
      organisations: consent.organisationIds
        .map((id) => lookups.organisations.get(id))
        .filter((o): o is OrganisationModel => Boolean(o)),
      purpose: consent.purpose,
      validFrom: consent.validFrom,
      validUntil: consent.validUntil,
      withdrawnAt: consent.withdrawnAt,
      withdrawnBy: consent.withdrawnBy ? (lookups.people.get(consent.withdrawnBy) ?? UNKNOWN_PERSON) : null,
      active: consentActive(consent, today),
    },
    reader,
  ) as ConsentModel;
}
