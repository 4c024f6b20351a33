import type { Bilingual } from './tree';

/** Texts of the attendance, protocol and signal modules: their errors and the timeline entries they write. */
export const attendanceMessages = {
  nl: {
    label: {
      attendance: {
        periodFrom: 'Het begin van de periode',
        periodTo: 'Het einde van de periode',
      },
    },
    errors: {
      attendance: {
        schoolNotFound: 'Deze school bestaat niet of u mag er geen verzuim voor inlezen.',
        importIdTooLong: 'De import-sleutel is te lang: gebruik hoogstens {{max}} tekens.',
        periodReversed: 'Het einde van de periode ligt vóór het begin: kies een einddatum op of na de begindatum.',
        periodTooLong:
          'Een import beslaat hoogstens {{max}} dagen (een schooljaar): alles van deze leerlingen in de periode zou anders worden vervangen. Kies een kortere periode.',
        fileSpansTooLong:
          'Het bestand beslaat {{days}} dagen ({{from}} t/m {{to}}); een import beslaat hoogstens {{max}} dagen. Lees per schooljaar in.',
      },
    },
  },
  en: {
    label: {
      attendance: {
        periodFrom: 'The start of the period',
        periodTo: 'The end of the period',
      },
    },
    errors: {
      attendance: {
        schoolNotFound: 'This school does not exist or you may not import absence for it.',
        importIdTooLong: 'The import key is too long: use at most {{max}} characters.',
        periodReversed: 'The end of the period is before its start: choose an end date on or after the start date.',
        periodTooLong:
          'An import covers at most {{max}} days (a school year): otherwise everything of these pupils in the period would be replaced. Choose a shorter period.',
        fileSpansTooLong:
          'The file covers {{days}} days ({{from}} to {{to}}); an import covers at most {{max}} days. Import one school year at a time.',
      },
    },
  },
} satisfies Bilingual;
