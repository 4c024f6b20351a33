import type { Bilingual } from './tree';

export const adviceMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
