import { timelineMessage } from '@aanwezig/messages';
import type { TFunction } from 'i18next';
import { paramsOf } from './error-message';

/** A timeline entry as the API gives it: its kind and the parameters of its text, or the Dutch summary alone. */
export interface TimelineText {
  kind?: string | null;
  summary?: string | null;
  params?: readonly { name: string; value: string }[] | null;
}

/**
 * What a timeline entry says, in the reader's language: its kind's text (`timeline.<KIND>`) filled with
 * its parameters. An entry from before texts had parameters shows its sentence as it was written; null
 * when the entry's content is shielded.
 */
export function timelineText(entry: TimelineText, t: TFunction): string | null {
  if (!entry.kind || !entry.params) return entry.summary ?? null;
  const message = timelineMessage(entry.kind, paramsOf(entry.params));
  if ('text' in message) return message.text;
  return t(message.key, { ...message.params, defaultValue: entry.summary ?? '' });
}

/** A notification's title and body in the reader's language, from its kind; the server's Dutch text otherwise. */
export function notificationText(
  notification: { kind: string; title: string; body: string },
  t: TFunction,
): { title: string; body: string } {
  const key = `notification.${notification.kind}`;
  return {
    title: t(`${key}.title`, { defaultValue: notification.title }),
    body: t(`${key}.body`, { defaultValue: notification.body }),
  };
}
