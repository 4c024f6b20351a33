import type { Bilingual } from './tree';

export const letterMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
