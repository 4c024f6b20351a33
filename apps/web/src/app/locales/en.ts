import type { Messages } from './nl';
import { authEn } from '../../modules/auth/locales/en';
import { organisationsEn } from '../../modules/organisations/locales/en';
import { reportsEn } from '../../modules/reports/locales/en';
import { lettersEn } from '../../modules/letters/locales/en';
import { homeEn } from '../../modules/home/locales/en';
import { signalsEn } from '../../modules/signals/locales/en';
import { casesEn } from '../../modules/cases/locales/en';
import { privacyEn } from '../../modules/privacy/locales/en';
import { meetingsEn } from '../../modules/meetings/locales/en';
import { importsEn } from '../../modules/imports/locales/en';
import { protocolEn } from '../../modules/protocol/locales/en';
import { actionsEn } from '../../modules/actions/locales/en';

export const en: Messages = {
  app: { name: 'Aanwezig', tagline: 'Working together on school attendance', skipToContent: 'Skip to content' },
  language: { switchTo: 'Nederlands', label: 'Language' },
  rules: {
    LEGAL_REPORT: '{{threshold}} hours of unauthorised absence {{period}}: report to leerplicht',
    EARLY_SIGNAL: 'Worrying unauthorised absence: {{threshold}} times {{period}}, below the reporting limit',
    LUXURY_LEAVE: 'Unauthorised leave around the holidays',
    FREQUENT_SICK: '{{Ordinal}} sick report {{period}}',
    LONG_SICK: '{{Ordinal}} school day in a row off sick',
    LATES: 'Late {{threshold}} times {{period}}: the mentor calls the parents',
    LATES_LEGAL: 'Late more than {{belowThreshold}} times {{period}}',
    SAT_DISCUSS: 'Attendance below {{threshold}}%: discuss in the SAT',
    ACT_NOW: 'Attendance below {{threshold}}%: act now',
    AT_RISK_HOME: 'More than {{threshold}}% absent: at risk of staying at home',
    HOME_SITTER: '{{threshold}} school weeks in a row absent without exemption',
    WORRY: 'Worry flag: the mentor is worried',
  },
  role: {
    MENTOR: 'Mentor',
    ATTENDANCE_COORDINATOR: 'Attendance coordinator',
    CARE_COORDINATOR: 'Care coordinator',
    SCHOOL_LEADER: 'School leader',
    ATTENDANCE_OFFICER: 'Attendance officer',
    YOUTH_DOCTOR: 'Youth doctor',
    PARTNERSHIP_CONSULTANT: 'Partnership consultant',
    FAMILY_COACH: 'Family coach',
    PRIVACY_OFFICER: 'Privacy officer',
    ADMIN: 'Administrator',
  },
  nav: {
    label: 'Main menu',
    home: 'Start',
    cases: 'Cases',
    actions: 'My actions',
    meetings: 'Meetings',
    signals: 'Signals',
    imports: 'Import absence',
    protocol: 'Protocol',
    organisations: 'Organisations',
    reports: 'MSA report',
    letters: 'Letter to parents',
    privacy: 'Privacy',
  },
  shield: {
    text: 'Shielded: {{reason}}',
    reason: {
      NO_CONSENT: 'no consent from parents/pupil',
      NOT_INVOLVED: 'your organisation is not involved',
      NOT_PERMITTED: 'not for your role',
    },
  },
  category: {
    IDENTITY: 'identity',
    UNAUTHORISED_ABSENCE: 'unauthorised absence',
    ATTENDANCE_SUMMARY: 'attendance',
    SICK_LEAVE: 'sick leave',
    CLASSIFICATION: 'classification',
    WORRY_AND_NOTES: 'worries and notes',
    HOME_SITUATION: 'home situation',
    DOCTOR_ADVICE: 'youth doctor advice',
  },
  state: {
    loading: 'Loading…',
    retry: 'Try again',
    cancel: 'Cancel',
    offline: 'The server cannot be reached; nothing was saved. Check the connection and try again.',
    failed:
      'The server could not do this now; nothing was saved. Try again; if it still fails, tell the application administrator.',
  },
  ...authEn,
  ...organisationsEn,
  ...reportsEn,
  ...lettersEn,
  ...homeEn,
  ...signalsEn,
  ...casesEn,
  ...privacyEn,
  ...meetingsEn,
  ...importsEn,
  ...protocolEn,
  ...actionsEn,
};
