import type { authNl } from './nl';

export const authEn: typeof authNl = {
  session: {
    signedInAs: 'Signed in as {{name}}',
    as: '{{role}} at {{organisation}}',
    signOut: 'Sign out',
    actingAs: 'Working as',
    allRoles: 'All my roles together',
    ended: 'Your session has ended: your sign-in expired, or your account or role changed. Please sign in again.',
  },
  signIn: {
    title: 'Sign in',
    intro: 'Choose a demo account to explore Aanwezig. All data is fictional.',
    email: 'E-mail address',
    submit: 'Sign in',
    demoUsers: 'Demo accounts',
    unavailable: 'Signing in with only an e-mail address is switched off here.',
  },
};
