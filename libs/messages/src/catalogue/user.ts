import type { Bilingual } from './tree';

export const userMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
