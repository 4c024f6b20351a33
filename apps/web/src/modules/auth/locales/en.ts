import type { authNl } from './nl';

export const authEn: typeof authNl = {
  session: {
    signedInAs: 'Signed in as {{name}}',
    as: '{{role}} at {{organisation}}',
    signOut: 'Sign out',
    actingAs: 'Working as',
    allRoles: 'All my roles together',
    signInAgain: 'Sign in again',
    left: {
      title: 'You have signed out',
      confirmed: 'You have signed out of Aanwezig. Want to carry on working? Then sign in again.',
      unconfirmed: 'The server has not confirmed the sign-out; close the browser if you are using a shared computer.',
      unconfirmedWhy:
        'The server could not be reached. This page has forgotten you, but the server does not know yet that you signed out.',
      retry: 'Try signing out again',
      stillUnconfirmed: 'The server has still not confirmed the sign-out.',
    },
    ended: {
      title: 'Your session has ended',
      expired:
        'You were inactive in Aanwezig for a while (or signed in for a very long time). Your session has therefore expired, so nobody else at this computer can carry on with your data.',
      signedOutElsewhere: 'You signed out in another window or tab of this browser.',
      gone: 'You signed out in another window or tab of this browser, or you had been signed in for a very long time (a session lasts 12 hours at most).',
      deactivated:
        'Your account has been deactivated. Think this is wrong? Ask the administrator of your organisation.',
      roleChanged:
        'Your role at an organisation was changed or withdrawn. Sign in again to carry on with the roles you hold now.',
      unknown: 'The server ended your session.',
      unsaved: 'Whatever you had not saved yet has not been kept. Sign in again to carry on.',
    },
  },
  signIn: {
    title: 'Sign in',
    intro: 'You sign in through your own organisation: your school, municipality, GGD or partnership.',
    withEmail: 'With your work e-mail address',
    email: 'Work e-mail address',
    emailHint: "For example name@yourschool.nl. You then continue on your organisation's sign-in page.",
    next: 'Continue',
    emailMissing: 'Enter your work e-mail address.',
    emailInvalid: 'Enter a complete e-mail address, such as name@yourschool.nl.',
    organisations: 'Or choose your organisation',
    demoUsers: 'Demo accounts',
    demoIntro: 'This is a demo environment: choose a demo account to explore Aanwezig. All data is fictional.',
    failed: 'Signing in did not work',
    errors: {
      notInvited:
        'You have not been invited to Aanwezig (yet). Ask the administrator of {{organisation}} for an invitation.',
      notInvited_unnamed:
        'You have not been invited to Aanwezig (yet). Ask the administrator of your organisation for an invitation.',
      mfaRequired:
        '{{organisation}} requires signing in with a second factor (for example a code on your phone). Sign in again and choose two-step verification at your organisation.',
      mfaRequired_unnamed:
        'Your organisation requires signing in with a second factor (for example a code on your phone). Sign in again and choose two-step verification at your organisation.',
      expired:
        'Signing in took too long or had already been completed (a sign-in attempt is valid for 10 minutes). Please sign in again.',
      failed:
        'Signing in at {{organisation}} was cancelled or could not be verified. Please sign in again; if it still does not work, ask the administrator of {{organisation}}.',
      failed_unnamed:
        'Signing in at your organisation was cancelled or could not be verified. Please sign in again; if it still does not work, ask the administrator of your organisation.',
      deactivated:
        'Your account in Aanwezig has been deactivated. Think this is wrong? Ask the administrator of {{organisation}}.',
      deactivated_unnamed:
        'Your account in Aanwezig has been deactivated. Think this is wrong? Ask the administrator of your organisation.',
      noProvider:
        'You cannot sign in through your organisation with this e-mail address (yet). Check the address, or choose your organisation if it is listed on this page. Not listed? Ask the administrator of your organisation.',
      tooMany: 'There have been many attempts in a row to sign in from this network. Wait a minute and then try again.',
      unknown: 'Signing in did not work. Please sign in again.',
    },
  },
  signInLog: {
    title: 'Sign-in attempts',
    nav: 'Sign-ins',
    link: 'To the sign-in attempts',
    intro:
      'Every attempt to sign in to Aanwezig, newest first: who, when, which way, and why an attempt was refused. The privacy officer sees those of their own organisation, the administrator those of the whole region.',
    count_one: '{{shown}} of {{count}} attempt',
    count_other: '{{shown}} of {{count}} attempts',
    empty: 'There are no sign-in attempts yet.',
    more: 'Load more',
    at: 'When',
    who: 'Who',
    unknown: 'unknown',
    organisation: 'Organisation',
    method: 'Way',
    outcome: 'Outcome',
    reasonHeader: 'Reason',
    address: 'IP address',
    methods: { DEV: 'Demo account', OIDC: 'Through their own organisation' },
    outcomes: { SIGNED_IN: 'Signed in', REFUSED: 'Refused', FAILED: 'Failed' },
    reason: {
      noProvider: 'No sign-in through an organisation set up for this address',
      attemptExpired: 'Sign-in attempt expired or already used',
      otherBrowser: 'Came back in another browser than the one the sign-in started in',
      providerCancelled: 'Cancelled or refused at the organisation',
      providerError: "Error at the organisation's sign-in page ({{error}})",
      providerUnreachable: "The organisation's sign-in page could not be reached",
      unverified: "The organisation's answer could not be verified",
      noEmail: "No fitting e-mail address in the organisation's answer",
      mfaRequired: 'Without a second factor, which the organisation requires',
      notInvited: 'Not invited to Aanwezig',
      noLongerMember: 'No longer with this organisation',
      deactivated: 'Account deactivated',
      unknownAccount: 'Unknown account',
    },
  },
};
