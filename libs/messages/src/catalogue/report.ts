import type { Bilingual } from './tree';

/** Censuses and the MSA report: errors and field labels. */
export const reportMessages = {
  nl: {
    label: {
      report: {
        censusDate: 'De peildatum',
      },
    },
    errors: {
      report: {
        censusNotFound: 'Deze peildatum bestaat niet in uw samenwerkingsverband.',
        onlyRegionTakesCensus: 'Alleen het samenwerkingsverband neemt een peiling.',
        censusExists:
          'Er is al een peiling op of na deze datum ({{date}}); een peiling wordt niet overgedaan of ingevoegd.',
        censusInFuture: 'De peildatum ligt in de toekomst; neem de peiling op of na die dag.',
        countNotNegative: 'Geef een aantal van 0 of meer.',
        unknownFormat: 'Kies pdf, csv of xlsx.',
      },
    },
  },
  en: {
    label: {
      report: {
        censusDate: 'The census date',
      },
    },
    errors: {
      report: {
        censusNotFound: 'This census date does not exist in your partnership.',
        onlyRegionTakesCensus: 'Only the partnership takes a census.',
        censusExists:
          'There is already a census on or after this date ({{date}}); a census is not retaken or inserted.',
        censusInFuture: 'The census date is in the future; take the census on or after that day.',
        countNotNegative: 'Give a number of 0 or more.',
        unknownFormat: 'Choose pdf, csv or xlsx.',
      },
    },
  },
} satisfies Bilingual;
