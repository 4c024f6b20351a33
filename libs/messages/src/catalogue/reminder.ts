import type { Bilingual } from './tree';

/** Reminders for open actions: the settings' labels and errors. */
export const reminderMessages = {
  nl: {
    label: {
      reminder: {
        reminderDaysBefore: 'Het aantal dagen vooraf',
        escalateAfterDays: 'Het aantal dagen tot de controle',
        digestWeekday: 'De dag van het weekoverzicht',
      },
    },
    errors: {
      reminder: {
        wholeNumber: '$t(label.{{label}}) is een heel getal van {{min}} tot {{max}}.',
        onlyCoordinators: 'Alleen de coördinatoren van deze organisatie of de beheerder wijzigen de herinneringen.',
        organisationNotFound: 'Deze organisatie bestaat niet in uw samenwerkingsverband.',
      },
    },
  },
  en: {
    label: {
      reminder: {
        reminderDaysBefore: 'The number of days before',
        escalateAfterDays: 'The number of days until the check',
        digestWeekday: 'The day of the weekly digest',
      },
    },
    errors: {
      reminder: {
        wholeNumber: '$t(label.{{label}}) is a whole number from {{min}} to {{max}}.',
        onlyCoordinators: "Only this organisation's coordinators or the administrator change the reminders.",
        organisationNotFound: 'This organisation does not exist in your partnership.',
      },
    },
  },
} satisfies Bilingual;
