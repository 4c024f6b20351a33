import type { Bilingual } from './tree';

export const reportMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
