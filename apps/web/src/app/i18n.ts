import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { MESSAGES, type MessageTree } from '@aanwezig/messages';
import { en } from './locales/en';
import { nl } from './locales/nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'aanwezig.language';

function storedLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

/** Dutch first; the choice of English is remembered on this device. */
export function setupI18n() {
  void i18n.use(initReactI18next).init({
    resources: { nl: { translation: withServerTexts(nl, 'nl') }, en: { translation: withServerTexts(en, 'en') } },
    lng: storedLanguage(),
    fallbackLng: 'nl',
    interpolation: { escapeValue: false },
  });
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    localStorage.setItem(STORAGE_KEY, lng);
  });
  document.documentElement.lang = i18n.language;
  return i18n;
}

/**
 * The screen's own texts and the server's (errors, timeline entries, notifications: @aanwezig/messages)
 * in one tree, so `t('errors.<reason>', params)` says what the API meant in the reader's language.
 * The two never share a key: a clash is a mistake, refused here rather than silently overwritten.
 */
export function withServerTexts(screen: object, language: Language): MessageTree {
  const server = MESSAGES[language];
  const clash = Object.keys(server).find((key) => key in screen);
  if (clash) throw new Error(`The screen and the server both define the text group "${clash}".`);
  return { ...(screen as MessageTree), ...server };
}
