import type { Bilingual } from './tree';

/** Texts of the case module: its errors and the timeline entries it writes. */
export const caseMessages = {
  nl: {
    errors: {
      case: {
        notFound: 'Deze casus bestaat niet of u heeft er geen toegang toe.',
        onlyCoordinatorsOpen: 'Alleen de coördinatoren van de school openen een casus.',
      },
    },
  },
  en: {
    errors: {
      case: {
        notFound: 'This case does not exist or you do not have access to it.',
        onlyCoordinatorsOpen: "Only the school's coordinators open a case.",
      },
    },
  },
} satisfies Bilingual;
