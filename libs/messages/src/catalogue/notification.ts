import type { Bilingual } from './tree';

export const notificationMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
