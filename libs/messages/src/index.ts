import i18next, { type i18n } from 'i18next';
import type { MessageTree } from './catalogue/tree';
import { actionMessages } from './catalogue/action';
import { adviceMessages } from './catalogue/advice';
import { attendanceMessages } from './catalogue/attendance';
import { auditMessages } from './catalogue/audit';
import { caseMessages } from './catalogue/case';
import { commonMessages } from './catalogue/common';
import { consentMessages } from './catalogue/consent';
import { letterMessages } from './catalogue/letter';
import { meetingMessages } from './catalogue/meeting';
import { notificationMessages } from './catalogue/notification';
import { reminderMessages } from './catalogue/reminder';
import { reportMessages } from './catalogue/report';
import { retentionMessages } from './catalogue/retention';
import { savedViewMessages } from './catalogue/saved-view';
import { userMessages } from './catalogue/user';
import { signInMessages } from './catalogue/sign-in';

export type { Bilingual, MessageTree } from './catalogue/tree';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What a message is filled in with: plain values; a label is passed as its key and nested by the template. */
export type MessageParams = Record<string, string | number>;

const AREAS = [
  commonMessages,
  caseMessages,
  consentMessages,
  actionMessages,
  adviceMessages,
  letterMessages,
  meetingMessages,
  attendanceMessages,
  auditMessages,
  reportMessages,
  userMessages,
  signInMessages,
  savedViewMessages,
  reminderMessages,
  notificationMessages,
  retentionMessages,
];

/**
 * Every text the server hands to people (errors, notifications, timeline entries, mails) as keys with
 * parameters, in Dutch and English. The server says Dutch by default; the web client puts the same keys
 * into the reader's language. Each area keeps its own file; here they are merged into one tree.
 */
export const MESSAGES: Readonly<Record<Language, MessageTree>> = {
  nl: mergeAll(AREAS.map((area) => area.nl)),
  en: mergeAll(AREAS.map((area) => area.en)),
};

function mergeAll(trees: MessageTree[]): MessageTree {
  const merged: MessageTree = {};
  for (const tree of trees) merge(merged, tree, '');
  return merged;
}

function merge(into: MessageTree, from: MessageTree, path: string): void {
  for (const [key, value] of Object.entries(from)) {
    const existing = into[key];
    if (typeof value === 'string' || existing === undefined) {
      if (existing !== undefined) throw new Error(`Message ${path}${key} is defined twice.`);
      into[key] = typeof value === 'string' ? value : mergeAll([value]);
    } else if (typeof existing === 'string') {
      throw new Error(`Message ${path}${key} is both a text and a group.`);
    } else {
      merge(existing, value, `${path}${key}.`);
    }
  }
}

const translators = new Map<Language, i18n>();
/** Keys asked for while rendering one text (nested ones included) that the catalogue does not have. */
let missing: string[] = [];

function translator(language: Language): i18n {
  let instance = translators.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: language,
      fallbackLng: false,
      initAsync: false,
      resources: { [language]: { translation: MESSAGES[language] } },
      interpolation: { escapeValue: false },
      returnNull: false,
      saveMissing: true,
      missingKeyHandler: (_languages, _namespace, key) => missing.push(key),
    });
    translators.set(language, instance);
  }
  return instance;
}

/** Whether `key` names a text in the catalogue. */
export function hasMessage(key: string, language: Language = 'nl'): boolean {
  return translator(language).exists(key);
}

/** The text of `key` with `params` filled in; a missing key is a programming error, not a user's. */
export function translate(key: string, params: MessageParams = {}, language: Language = 'nl'): string {
  const instance = translator(language);
  if (!instance.exists(key, params)) throw new Error(`No message ${key} in ${language}.`);
  missing = [];
  const text = instance.t(key, params);
  // A nested label that is not there (`$t(label.{{label}})` with an unknown label) would show its key.
  if (missing.length)
    throw new Error(`Message ${key} in ${language} nests ${missing.join(', ')}, which it does not have.`);
  return text;
}

export { TIMELINE_LEGACY, TIMELINE_REDACTED, timelineMessage } from './timeline';
