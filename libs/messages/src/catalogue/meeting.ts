import type { Bilingual } from './tree';

export const meetingMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
