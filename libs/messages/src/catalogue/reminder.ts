import type { Bilingual } from './tree';

export const reminderMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
