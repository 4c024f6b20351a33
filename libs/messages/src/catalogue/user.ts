import type { Bilingual } from './tree';

/** Texts of users: signing in and working as one of one's memberships. */
export const userMessages = {
  nl: {
    errors: {
      user: {
        accountGone: 'Log opnieuw in: uw account bestaat niet meer.',
        organisationAndRoleTogether:
          'Geef organisatie en rol samen op, of geen van beide om met al uw rollen te werken.',
        noSuchMembership: 'U heeft deze rol niet bij deze organisatie.',
        devLoginOff: 'Aanmelden met alleen een e-mailadres staat uit op deze omgeving.',
        unknownAccount: 'Onbekend e-mailadres of account niet actief.',
        notASchool:
          'Kies een school van uw samenwerkingsverband: alleen voor een school staat vast wie er uitgenodigd kan worden.',
        noSuchPerson: 'Deze persoon bestaat niet in uw samenwerkingsverband.',
        cannotDeactivateSelf:
          'U kunt uw eigen account niet deactiveren; laat een andere functioneel beheerder dat doen.',
      },
    },
  },
  en: {
    errors: {
      user: {
        accountGone: 'Sign in again: your account no longer exists.',
        organisationAndRoleTogether: 'Give organisation and role together, or neither to work with all your roles.',
        noSuchMembership: 'You do not have this role at this organisation.',
        devLoginOff: 'Signing in with only an e-mail address is switched off in this environment.',
        unknownAccount: 'Unknown e-mail address or account not active.',
        notASchool: 'Choose a school of your partnership: only for a school is it settled who can be invited.',
        noSuchPerson: 'This person does not exist in your partnership.',
        cannotDeactivateSelf: 'You cannot deactivate your own account; ask another functional administrator.',
      },
    },
  },
} satisfies Bilingual;
