import type { Bilingual } from './tree';

export const caseMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
