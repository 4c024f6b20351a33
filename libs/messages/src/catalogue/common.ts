import type { Bilingual } from './tree';

/** Texts of the shared layers: input checks, sign-in and the gate, request limits, paging. */
export const commonMessages = {
  nl: {
    timeline: { redacted: 'Inhoud verwijderd na de bewaartermijn' },
    errors: {
      input: {
        required: '$t(label.{{label}}) is verplicht.',
        tooLong: '$t(label.{{label}}) is te lang (maximaal {{max}} tekens).',
        date: '$t(label.{{label}}) moet een bestaande datum zijn in de vorm JJJJ-MM-DD.',
      },
    },
  },
  en: {
    timeline: { redacted: 'Content removed after the retention period' },
    errors: {
      input: {
        required: '$t(label.{{label}}) is required.',
        tooLong: '$t(label.{{label}}) is too long (at most {{max}} characters).',
        date: '$t(label.{{label}}) must be an existing date in the form YYYY-MM-DD.',
      },
    },
  },
} satisfies Bilingual;
