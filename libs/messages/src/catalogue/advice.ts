import type { Bilingual } from './tree';

/** The jeugdarts's advice: its errors, field labels and timeline entry. */
export const adviceMessages = {
  nl: {
    label: {
      advice: {
        educationAdvice: 'Het advies',
        privateNote: 'De eigen notitie',
      },
    },
    errors: {
      advice: {
        onlyYouthDoctor: 'Alleen de jeugdarts van een betrokken GGD schrijft advies.',
      },
    },
    timeline: {
      ADVICE_WRITTEN: 'Advies van de jeugdarts vastgelegd',
    },
  },
  en: {
    label: {
      advice: {
        educationAdvice: 'The advice',
        privateNote: 'The private note',
      },
    },
    errors: {
      advice: {
        onlyYouthDoctor: 'Only the school doctor of an involved GGD writes advice.',
      },
    },
    timeline: {
      ADVICE_WRITTEN: "School doctor's advice recorded",
    },
  },
} satisfies Bilingual;
