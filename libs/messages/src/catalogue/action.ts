import type { Bilingual } from './tree';

export const actionMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
