import type { Bilingual } from './tree';

export const retentionMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
