import { translate, type Language } from '@aanwezig/messages';
import { NotificationKind } from './notification.entity';

export interface NotificationText {
  title: string;
  body: string;
}

/**
 * What a notification of this kind says, in the app and in its e-mail: one fixed, neutral sentence per
 * kind, held in the message catalogue (`notification.<KIND>.title/body`). It names no pupil, no figure
 * about a pupil and no free text (decision, minutes, action title, meeting title); the notification's
 * references (case, signal, action, meeting) lead to the content, which is then read through the field
 * mask and the audit log like any other read. A notification stores its kind, never a text: `notify`
 * takes a kind and references only.
 */
export function notificationText(kind: NotificationKind, language: Language = 'nl'): NotificationText {
  if (!Object.hasOwn(NotificationKind, kind)) throw new Error(`no text for notification kind ${kind}`);
  return {
    title: translate(`notification.${kind}.title`, {}, language),
    body: translate(`notification.${kind}.body`, {}, language),
  };
}

/** Every kind's Dutch sentence (what the API and the mails say). */
export const NOTIFICATION_TEXT: Readonly<Record<NotificationKind, NotificationText>> = Object.fromEntries(
  Object.values(NotificationKind).map((kind) => [kind, notificationText(kind)]),
) as Record<NotificationKind, NotificationText>;

/** The e-mail of a notification: its kind's sentence, a link into the app and why it was sent. */
export function notificationMail(
  kind: NotificationKind,
  link: string,
  language: Language = 'nl',
): { subject: string; text: string } {
  const { title, body } = notificationText(kind, language);
  return {
    subject: translate('notification.mail.subject', { title }, language),
    text: translate('notification.mail.text', { body, link }, language),
  };
}
