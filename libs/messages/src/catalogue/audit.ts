import type { Bilingual } from './tree';

/** Texts of the access log and of the answer to a subject-access request (inzageverzoek). */
export const auditMessages = {
  nl: {
    label: {
      subjectAccess: { requestDate: 'Datum van het verzoek' },
      auditTrail: { from: 'Vanaf', to: 'Tot en met' },
    },
    errors: {
      audit: {
        pupilNotFound: 'Deze leerling bestaat niet of u mag het toegangslogboek niet inzien.',
        actorUnknown: 'Kies een persoon uit de lijst van wie in dit logboek voorkomt.',
        toBeforeFrom: '"Tot en met" ligt vóór "Vanaf": kies een einddatum op of na de begindatum.',
        searchTooShort: 'Geef minstens {{min}} tekens: een leerlingnummer of een deel van de naam.',
      },
      subjectAccess: {
        pupilNotFound: 'Deze leerling bestaat niet of u mag geen inzageverzoek voor hem of haar beantwoorden.',
        referenceRequired:
          'Kenmerk van het verzoek is verplicht: neem het kenmerk over uit de brief of e-mail van de ouders (of van de leerling). Er is niets geëxporteerd.',
        referenceTooLong: 'Kenmerk van het verzoek is te lang (maximaal {{max}} tekens).',
        referenceCharacters: 'Kenmerk van het verzoek bevat tekens die niet in een kenmerk horen.',
        requestDateRequired:
          'Datum van het verzoek is verplicht: de dag waarop het verzoek binnenkwam, in de vorm JJJJ-MM-DD. Er is niets geëxporteerd.',
        requestDateInFuture: 'Datum van het verzoek ligt in de toekomst: geef de dag waarop het verzoek binnenkwam.',
      },
    },
  },
  en: {
    label: {
      subjectAccess: { requestDate: 'The date of the request' },
      auditTrail: { from: 'From', to: 'Up to and including' },
    },
    errors: {
      audit: {
        pupilNotFound: 'This pupil does not exist or you may not see the access log.',
        actorUnknown: 'Choose a person from the list of those who appear in this log.',
        toBeforeFrom: '"Up to and including" lies before "From": choose an end date on or after the start date.',
        searchTooShort: 'Enter at least {{min}} characters: a pupil number or part of the name.',
      },
      subjectAccess: {
        pupilNotFound: 'This pupil does not exist or you may not answer a subject-access request for them.',
        referenceRequired:
          "The request's reference is required: copy it from the letter or e-mail from the parents (or the pupil). Nothing has been exported.",
        referenceTooLong: "The request's reference is too long (at most {{max}} characters).",
        referenceCharacters: "The request's reference contains characters that do not belong in a reference.",
        requestDateRequired:
          'The date of the request is required: the day the request came in, in the form YYYY-MM-DD. Nothing has been exported.',
        requestDateInFuture: 'The date of the request is in the future: give the day the request came in.',
      },
    },
  },
} satisfies Bilingual;
