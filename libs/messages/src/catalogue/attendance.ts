import type { Bilingual } from './tree';

export const attendanceMessages = {
  nl: {},
  en: {},
} satisfies Bilingual;
