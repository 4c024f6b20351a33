import { describe, expect, it } from 'vitest';
import { DataCategory, Role } from '@aanwezig/domain';
import { categoryVisibility, VISIBILITY_MATRIX, type CaseReader } from './visibility';

function reader(role: Role, options: { involved?: boolean; consent?: boolean; author?: boolean } = {}): CaseReader {
  return {
    roles: [{ role, organisationId: 'org' }],
    involvedOrganisationIds: options.involved === false ? ['school'] : ['school', 'org'],
    hasConsent: () => options.consent ?? false,
    authorOrganisationIds: [options.author ? 'org' : 'someone-else'],
  };
}

describe('the visibility matrix', () => {
  it('has a row for every data category', () => {
    expect(Object.keys(VISIBILITY_MATRIX).sort()).toEqual(Object.values(DataCategory).sort());
  });

  it.each([Role.ADMIN, Role.PRIVACY_OFFICER])('gives %s nothing, even with consent', (role) => {
    for (const category of Object.values(DataCategory)) {
      expect(categoryVisibility(reader(role, { consent: true }), category)).toEqual({ visible: false, reason: 'NOT_PERMITTED' });
    }
  });

  it('shows home situation to the care coordinator only among school staff', () => {
    expect(categoryVisibility(reader(Role.CARE_COORDINATOR), 'HOME_SITUATION').visible).toBe(true);
    for (const role of [Role.MENTOR, Role.ATTENDANCE_COORDINATOR, Role.SCHOOL_LEADER]) {
      expect(categoryVisibility(reader(role, { consent: true }), 'HOME_SITUATION')).toEqual({ visible: false, reason: 'NOT_PERMITTED' });
    }
  });

  it('shields sick-leave details from leerplicht without consent, and shows them with it', () => {
    expect(categoryVisibility(reader(Role.ATTENDANCE_OFFICER), 'SICK_LEAVE')).toEqual({ visible: false, reason: 'NO_CONSENT' });
    expect(categoryVisibility(reader(Role.ATTENDANCE_OFFICER, { consent: true }), 'SICK_LEAVE')).toEqual({ visible: true });
    expect(categoryVisibility(reader(Role.ATTENDANCE_OFFICER), 'UNAUTHORISED_ABSENCE')).toEqual({ visible: true });
  });

  it('needs involvement for the consultant to see identity', () => {
    expect(categoryVisibility(reader(Role.PARTNERSHIP_CONSULTANT), 'IDENTITY')).toEqual({ visible: true });
    expect(categoryVisibility(reader(Role.PARTNERSHIP_CONSULTANT, { involved: false }), 'IDENTITY')).toEqual({ visible: false, reason: 'NOT_INVOLVED' });
  });

  it("shows the jeugdarts advice to the author's organisation, to others only with consent", () => {
    expect(categoryVisibility(reader(Role.YOUTH_DOCTOR, { author: true }), 'DOCTOR_ADVICE')).toEqual({ visible: true });
    expect(categoryVisibility(reader(Role.YOUTH_DOCTOR), 'DOCTOR_ADVICE')).toEqual({ visible: false, reason: 'NOT_PERMITTED' });
    expect(categoryVisibility(reader(Role.CARE_COORDINATOR), 'DOCTOR_ADVICE')).toEqual({ visible: false, reason: 'NO_CONSENT' });
    expect(categoryVisibility(reader(Role.CARE_COORDINATOR, { consent: true }), 'DOCTOR_ADVICE')).toEqual({ visible: true });
  });

  it('lets the J&G coach see nothing without consent', () => {
    for (const category of Object.values(DataCategory)) {
      expect(categoryVisibility(reader(Role.FAMILY_COACH), category)).toEqual({ visible: false, reason: 'NO_CONSENT' });
    }
  });

  it('takes the most permissive of several roles', () => {
    const twoHats: CaseReader = { ...reader(Role.MENTOR), roles: [{ role: Role.MENTOR, organisationId: 'org' }, { role: Role.CARE_COORDINATOR, organisationId: 'org' }] };
    expect(categoryVisibility(twoHats, 'HOME_SITUATION')).toEqual({ visible: true });
  });
});
