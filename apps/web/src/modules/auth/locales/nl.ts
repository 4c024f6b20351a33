/** The auth screens' texts; every key exists in en.ts too (app/locales checks). */
export const authNl = {
  session: {
    signedInAs: 'Aangemeld als {{name}}',
    as: '{{role}} bij {{organisation}}',
    signOut: 'Afmelden',
    actingAs: 'Werken als',
    allRoles: 'Al mijn rollen samen',
    ended: 'Uw sessie is beëindigd: uw aanmelding is verlopen, of uw account of rol is gewijzigd. Meld u opnieuw aan.',
  },
  signIn: {
    title: 'Aanmelden',
    intro: 'Kies een demo-account om Aanwezig te bekijken. Alle gegevens zijn verzonnen.',
    email: 'E-mailadres',
    submit: 'Aanmelden',
    demoUsers: 'Demo-accounts',
    unavailable: 'Aanmelden met alleen een e-mailadres staat uit op deze omgeving.',
  },
};
