import type { Bilingual } from './tree';

export const savedViewMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
