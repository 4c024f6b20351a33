import { ROLE_LABEL_NL } from '@aanwezig/domain';

/** Dutch is the first language of the screen. Every key here exists in en.ts too (a test checks). */
export const nl = {
  app: { name: 'Aanwezig', tagline: 'Samen werken aan schoolaanwezigheid' },
  language: { switchTo: 'English', label: 'Taal' },
  session: { signedInAs: 'Aangemeld als {{name}}', as: '{{role}} bij {{organisation}}', signOut: 'Afmelden' },
  signIn: {
    title: 'Aanmelden',
    intro: 'Kies een demo-account om Aanwezig te bekijken. Alle gegevens zijn verzonnen.',
    email: 'E-mailadres',
    submit: 'Aanmelden',
    demoUsers: 'Demo-accounts',
    unavailable: 'Aanmelden met alleen een e-mailadres staat uit op deze omgeving.',
    failed: 'Aanmelden is niet gelukt: {{message}}',
  },
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
  role: ROLE_LABEL_NL,
  state: { loading: 'Bezig met laden…', error: 'Er ging iets mis: {{message}}', retry: 'Opnieuw proberen' },
};

export type Messages = typeof nl;
