import { describe, expect, it } from 'vitest';
import { DataCategory, OrganisationKind, Role } from '@aanwezig/domain';
import type { Actor } from './actor';
import {
  categoryVisibility,
  topicReader,
  VISIBILITY_MATRIX,
  writableCategories,
  writeDecision,
  type CaseReader,
} from './visibility';

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
      expect(categoryVisibility(reader(role, { consent: true }), category)).toEqual({
        visible: false,
        reason: 'NOT_PERMITTED',
      });
    }
  });

  it('shows home situation to the care coordinator only among school staff', () => {
    expect(categoryVisibility(reader(Role.CARE_COORDINATOR), 'HOME_SITUATION').visible).toBe(true);
    for (const role of [Role.MENTOR, Role.ATTENDANCE_COORDINATOR, Role.SCHOOL_LEADER]) {
      expect(categoryVisibility(reader(role, { consent: true }), 'HOME_SITUATION')).toEqual({
        visible: false,
        reason: 'NOT_PERMITTED',
      });
    }
  });

  it('shields sick-leave details from leerplicht without consent, and shows them with it', () => {
    expect(categoryVisibility(reader(Role.ATTENDANCE_OFFICER), 'SICK_LEAVE')).toEqual({
      visible: false,
      reason: 'NO_CONSENT',
    });
    expect(categoryVisibility(reader(Role.ATTENDANCE_OFFICER, { consent: true }), 'SICK_LEAVE')).toEqual({
      visible: true,
    });
    expect(categoryVisibility(reader(Role.ATTENDANCE_OFFICER), 'UNAUTHORISED_ABSENCE')).toEqual({ visible: true });
  });

  it('needs involvement for the consultant to see identity', () => {
    expect(categoryVisibility(reader(Role.PARTNERSHIP_CONSULTANT), 'IDENTITY')).toEqual({ visible: true });
    expect(categoryVisibility(reader(Role.PARTNERSHIP_CONSULTANT, { involved: false }), 'IDENTITY')).toEqual({
      visible: false,
      reason: 'NOT_INVOLVED',
    });
  });

  it("shows the jeugdarts advice to the author's organisation, to others only with consent", () => {
    expect(categoryVisibility(reader(Role.YOUTH_DOCTOR, { author: true }), 'DOCTOR_ADVICE')).toEqual({ visible: true });
    expect(categoryVisibility(reader(Role.YOUTH_DOCTOR), 'DOCTOR_ADVICE')).toEqual({
      visible: false,
      reason: 'NOT_PERMITTED',
    });
    expect(categoryVisibility(reader(Role.CARE_COORDINATOR), 'DOCTOR_ADVICE')).toEqual({
      visible: false,
      reason: 'NO_CONSENT',
    });
    expect(categoryVisibility(reader(Role.CARE_COORDINATOR, { consent: true }), 'DOCTOR_ADVICE')).toEqual({
      visible: true,
    });
  });

  it('lets the J&G coach see nothing without consent', () => {
    for (const category of Object.values(DataCategory)) {
      expect(categoryVisibility(reader(Role.FAMILY_COACH), category)).toEqual({ visible: false, reason: 'NO_CONSENT' });
    }
  });

  it('takes the most permissive of several roles', () => {
    const twoHats: CaseReader = {
      ...reader(Role.MENTOR),
      roles: [
        { role: Role.MENTOR, organisationId: 'org' },
        { role: Role.CARE_COORDINATOR, organisationId: 'org' },
      ],
    };
    expect(categoryVisibility(twoHats, 'HOME_SITUATION')).toEqual({ visible: true });
  });
});

describe('general-topic agenda items (no case, no pupil)', () => {
  const member = (role: Role, organisationId: string, kind: OrganisationKind = OrganisationKind.SCHOOL): Actor => ({
    userId: `u-${role}-${organisationId}`,
    regionId: 'r',
    memberships: [{ role, organisationId, organisationKind: kind }],
  });

  it('follows the category as the hosting school would have it: home situation for its care coordinator only', () => {
    expect(categoryVisibility(topicReader(member(Role.CARE_COORDINATOR, 'baken'), 'baken'), 'HOME_SITUATION')).toEqual({
      visible: true,
    });
    expect(categoryVisibility(topicReader(member(Role.MENTOR, 'baken'), 'baken'), 'HOME_SITUATION')).toEqual({
      visible: false,
      reason: 'NOT_PERMITTED',
    });
    expect(categoryVisibility(topicReader(member(Role.MENTOR, 'baken'), 'baken'), 'CLASSIFICATION')).toEqual({
      visible: true,
    });
  });

  it('lets no involvement or consent hold: leerplicht reads its ALWAYS rows only, the coach nothing', () => {
    const officer = topicReader(member(Role.ATTENDANCE_OFFICER, 'gemeente', OrganisationKind.MUNICIPALITY), 'baken');
    expect(categoryVisibility(officer, 'UNAUTHORISED_ABSENCE')).toEqual({ visible: true });
    for (const category of ['HOME_SITUATION', 'SICK_LEAVE', 'IDENTITY', 'WORRY_AND_NOTES'] as const) {
      expect(categoryVisibility(officer, category), category).toEqual({ visible: false, reason: 'NOT_PERMITTED' });
    }
    const coach = topicReader(member(Role.FAMILY_COACH, 'jg', OrganisationKind.YOUTH_CARE), 'baken');
    for (const category of Object.values(DataCategory)) expect(categoryVisibility(coach, category).visible).toBe(false);
  });

  it("gives staff of another school no role in the hosting school's topics", () => {
    const other = topicReader(member(Role.CARE_COORDINATOR, 'duinzicht'), 'baken');
    for (const category of Object.values(DataCategory))
      expect(categoryVisibility(other, category)).toEqual({ visible: false, reason: 'NOT_PERMITTED' });
  });

  it("shows jeugdarts advice on a topic to the author's organisation only", () => {
    const doctor = topicReader(member(Role.YOUTH_DOCTOR, 'ggd', OrganisationKind.YOUTH_HEALTH), 'baken');
    expect(categoryVisibility({ ...doctor, authorOrganisationIds: ['ggd'] }, 'DOCTOR_ADVICE')).toEqual({
      visible: true,
    });
    expect(
      categoryVisibility(
        { ...topicReader(member(Role.CARE_COORDINATOR, 'baken'), 'baken'), authorOrganisationIds: ['ggd'] },
        'DOCTOR_ADVICE',
      ),
    ).toEqual({ visible: false, reason: 'NOT_PERMITTED' });
  });
});

describe('writing text that carries a category: nobody writes or overwrites what they may not read', () => {
  const mine = (category: DataCategory) => ({ category, authorOrganisationIds: ['org'] });

  it('refuses the mentor jeugdarts advice without consent, and allows it with one', () => {
    expect(writeDecision(reader(Role.MENTOR), mine('DOCTOR_ADVICE'))).toEqual({
      allowed: false,
      refused: 'next',
      category: 'DOCTOR_ADVICE',
      reason: 'NO_CONSENT',
    });
    expect(writeDecision(reader(Role.MENTOR, { consent: true }), mine('DOCTOR_ADVICE'))).toEqual({ allowed: true });
  });

  it('lets the jeugdarts write advice as its author, on a case and a topic', () => {
    expect(writeDecision(reader(Role.YOUTH_DOCTOR), mine('DOCTOR_ADVICE'))).toEqual({ allowed: true });
    const doctor: Actor = {
      userId: 'd',
      regionId: 'r',
      memberships: [
        { role: Role.YOUTH_DOCTOR, organisationId: 'ggd', organisationKind: OrganisationKind.YOUTH_HEALTH },
      ],
    };
    expect(writableCategories(topicReader(doctor, 'baken'), ['ggd'])).toEqual([
      'ATTENDANCE_SUMMARY',
      'SICK_LEAVE',
      'CLASSIFICATION',
      'DOCTOR_ADVICE',
    ]);
  });

  it('refuses overwriting a section the writer cannot read, even with a category they can', () => {
    const homeByCare = { category: 'HOME_SITUATION' as const, authorOrganisationIds: ['org'] };
    expect(writeDecision(reader(Role.MENTOR), mine('CLASSIFICATION'), homeByCare)).toEqual({
      allowed: false,
      refused: 'previous',
      category: 'HOME_SITUATION',
      reason: 'NOT_PERMITTED',
    });
    expect(writeDecision(reader(Role.CARE_COORDINATOR), mine('CLASSIFICATION'), homeByCare)).toEqual({ allowed: true });
  });

  it('keeps the author of an edit: advice written by the GGD stays readable only by the GGD', () => {
    // A care coordinator under consent rewrites the jeugdarts's section: the result is still the GGD's.
    const ggdAdvice = { category: 'DOCTOR_ADVICE' as const, authorOrganisationIds: ['ggd'] };
    expect(writeDecision(reader(Role.CARE_COORDINATOR, { consent: true }), ggdAdvice, ggdAdvice)).toEqual({
      allowed: true,
    });
    expect(
      writeDecision(reader(Role.YOUTH_DOCTOR), { category: 'DOCTOR_ADVICE', authorOrganisationIds: ['school'] }),
    ).toEqual({ allowed: false, refused: 'next', category: 'DOCTOR_ADVICE', reason: 'NOT_PERMITTED' });
  });

  it('offers a role exactly the categories it may read', () => {
    for (const role of Object.values(Role)) {
      const written = writableCategories(reader(role), ['org']);
      for (const category of Object.values(DataCategory)) {
        expect(written.includes(category), `${role} ${category}`).toBe(
          categoryVisibility({ ...reader(role), authorOrganisationIds: ['org'] }, category).visible,
        );
      }
    }
  });
});
