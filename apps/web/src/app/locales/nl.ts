import { ROLE_LABEL_NL, RULE_LABEL_TEMPLATES_NL, WORRY_LABEL_NL } from '@aanwezig/domain';
import { authNl } from '../../modules/auth/locales/nl';
import { organisationsNl } from '../../modules/organisations/locales/nl';
import { reportsNl } from '../../modules/reports/locales/nl';
import { lettersNl } from '../../modules/letters/locales/nl';
import { homeNl } from '../../modules/home/locales/nl';
import { signalsNl } from '../../modules/signals/locales/nl';
import { casesNl } from '../../modules/cases/locales/nl';
import { privacyNl } from '../../modules/privacy/locales/nl';
import { meetingsNl } from '../../modules/meetings/locales/nl';
import { importsNl } from '../../modules/imports/locales/nl';
import { protocolNl } from '../../modules/protocol/locales/nl';
import { actionsNl } from '../../modules/actions/locales/nl';

/**
 * Dutch is the first language of the screen. Each module owns its screens' texts (modules/<m>/locales);
 * this tree adds the shared ones. Every key here exists in en.ts too (a test checks).
 */
export const nl = {
  app: { name: 'Aanwezig', tagline: 'Samen werken aan schoolaanwezigheid', skipToContent: 'Naar de inhoud' },
  language: { switchTo: 'English', label: 'Taal' },
  role: ROLE_LABEL_NL,
  // The protocol's rules as templates; {{threshold}}, {{period}} … are the region's own setting.
  rules: { ...RULE_LABEL_TEMPLATES_NL, WORRY: WORRY_LABEL_NL },
  nav: {
    label: 'Hoofdmenu',
    home: 'Start',
    cases: 'Casussen',
    actions: 'Mijn acties',
    meetings: 'Overleggen',
    signals: 'Signalen',
    imports: 'Verzuim importeren',
    protocol: 'Protocol',
    organisations: 'Organisaties',
    reports: 'MSA-rapportage',
    letters: 'Brief aan ouders',
    privacy: 'Privacy',
  },
  shield: {
    text: 'Afgeschermd: {{reason}}',
    reason: {
      NO_CONSENT: 'geen toestemming van ouders/leerling',
      NOT_INVOLVED: 'uw organisatie is niet betrokken',
      NOT_PERMITTED: 'niet voor uw rol',
    },
  },
  category: {
    IDENTITY: 'identiteit',
    UNAUTHORISED_ABSENCE: 'ongeoorloofd verzuim',
    ATTENDANCE_SUMMARY: 'aanwezigheid',
    SICK_LEAVE: 'ziekteverzuim',
    CLASSIFICATION: 'indeling',
    WORRY_AND_NOTES: 'zorgen en notities',
    HOME_SITUATION: 'thuissituatie',
    DOCTOR_ADVICE: 'advies jeugdarts',
  },
  state: {
    loading: 'Bezig met laden…',
    retry: 'Opnieuw proberen',
    cancel: 'Annuleren',
    offline: 'De server is niet bereikbaar; er is niets opgeslagen. Controleer de verbinding en probeer het opnieuw.',
    failed:
      'De server kon dit nu niet uitvoeren; er is niets opgeslagen. Probeer het opnieuw; lukt het dan nog niet, meld het aan de functioneel beheerder.',
  },
  ...authNl,
  ...organisationsNl,
  ...reportsNl,
  ...lettersNl,
  ...homeNl,
  ...signalsNl,
  ...casesNl,
  ...privacyNl,
  ...meetingsNl,
  ...importsNl,
  ...protocolNl,
  ...actionsNl,
};

export type Messages = typeof nl;
