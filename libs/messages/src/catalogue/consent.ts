import type { Bilingual } from './tree';

export const consentMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
