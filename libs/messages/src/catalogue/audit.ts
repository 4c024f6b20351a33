import type { Bilingual } from './tree';

export const auditMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
