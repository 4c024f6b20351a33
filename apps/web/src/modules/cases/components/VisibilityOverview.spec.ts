import { describe, expect, it } from 'vitest';
import { readersOf, visibilityOf, type OrganisationView } from './VisibilityOverview';

const views: OrganisationView[] = [
  {
    organisation: { id: 'baken', name: 'Het Baken College' },
    role: 'CARE_COORDINATOR',
    categories: [
      { category: 'DOCTOR_ADVICE', visible: false, reason: 'NO_CONSENT' },
      { category: 'SICK_LEAVE', visible: true },
    ],
  },
  {
    organisation: { id: 'ggd', name: 'GGD Kustland - JGZ' },
    role: 'YOUTH_DOCTOR',
    categories: [{ category: 'DOCTOR_ADVICE', visible: true }],
  },
  {
    organisation: { id: 'leerplicht', name: 'Gemeente Kustland - Leerplicht' },
    role: 'ATTENDANCE_OFFICER',
    categories: [{ category: 'DOCTOR_ADVICE', visible: true }],
  },
];

describe('who sees what of a pupil', () => {
  it('says whether a role sees a category, and why not', () => {
    expect(visibilityOf(views[0], 'SICK_LEAVE')).toEqual({ category: 'SICK_LEAVE', visible: true });
    expect(visibilityOf(views[0], 'DOCTOR_ADVICE')).toMatchObject({ visible: false, reason: 'NO_CONSENT' });
  });

  it('takes a category the server did not list as not seen (deny by default)', () => {
    expect(visibilityOf(views[1], 'SICK_LEAVE')).toEqual({ visible: false, reason: 'NOT_PERMITTED' });
  });

  it("names who reads the jeugdarts's advice outside the jeugdarts's own organisation", () => {
    expect(readersOf(views, 'DOCTOR_ADVICE', ['ggd']).map((v) => v.organisation.id)).toEqual(['leerplicht']);
    expect(readersOf(views, 'SICK_LEAVE', ['ggd']).map((v) => v.role)).toEqual(['CARE_COORDINATOR']);
  });
});
