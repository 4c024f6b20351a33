import type { organisationsNl } from './nl';

export const organisationsEn: typeof organisationsNl = {
  organisations: {
    title: 'Organisations in {{region}}',
    intro: 'The schools and partners working together in this partnership.',
    name: 'Name',
    kind: 'Kind',
    sector: 'Sector',
    empty: 'No organisations have been registered yet.',
    count_one: '{{count}} organisation',
    count_other: '{{count}} organisations',
  },
  kind: {
    SCHOOL: 'School',
    MUNICIPALITY: 'Municipality (compulsory education)',
    YOUTH_HEALTH: 'Youth health care (GGD)',
    YOUTH_CARE: 'Youth and family',
    PARTNERSHIP: 'Partnership',
  },
};
