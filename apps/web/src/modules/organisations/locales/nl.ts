/** The organisations screens' texts; every key exists in en.ts too (app/locales checks). */
export const organisationsNl = {
  organisations: {
    title: 'Organisaties in {{region}}',
    intro: 'De scholen en partners die in dit samenwerkingsverband samenwerken.',
    name: 'Naam',
    kind: 'Soort',
    sector: 'Sector',
    empty: 'Er zijn nog geen organisaties vastgelegd.',
    count_one: '{{count}} organisatie',
    count_other: '{{count}} organisaties',
  },
  kind: {
    SCHOOL: 'School',
    MUNICIPALITY: 'Gemeente (leerplicht)',
    YOUTH_HEALTH: 'Jeugdgezondheidszorg (GGD)',
    YOUTH_CARE: 'Jeugd en gezin',
    PARTNERSHIP: 'Samenwerkingsverband',
  },
};
