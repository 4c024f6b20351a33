import type { NotificationKind } from './notification.entity';

export interface NotificationText {
  title: string;
  body: string;
}

/**
 * What each kind of notification says, in the app and in its e-mail: one fixed, neutral sentence per
 * kind. It names no pupil, no figure about a pupil and no free text (decision, minutes, action title,
 * meeting title); the notification's references (case, signal, action, meeting) lead to the content,
 * which is then read through the field mask and the audit log like any other read. Nothing composes a
 * notification's text anywhere else: `notify` takes a kind and references only.
 */
export const NOTIFICATION_TEXT: Readonly<Record<NotificationKind, NotificationText>> = {
  SIGNAL_FEEDBACK: {
    title: 'Terugkoppeling op uw signaal',
    body: 'Een signaal dat van u of uw school kwam, is behandeld. Open het in Aanwezig om te zien wat ermee is gebeurd.',
  },
  ACTION_DUE_SOON: {
    title: 'Herinnering: deadline van een actie komt eraan',
    body: 'Een actie die u uitvoert heeft binnenkort haar deadline. Rond haar af of spreek een nieuwe datum af.',
  },
  ACTION_DUE_TODAY: {
    title: 'Deadline vandaag',
    body: 'Een actie die u uitvoert moet vandaag klaar zijn.',
  },
  ACTION_OVERDUE: {
    title: 'Actie over de deadline',
    body: 'Een actie die u uitvoert is over de deadline. Rond haar af, of draag haar over als iemand anders haar oppakt.',
  },
  ACTION_ESCALATED: {
    title: 'Controle op openstaande acties',
    body: 'Een actie in een casus van uw school staat nog open terwijl de deadline voorbij is. Neem contact op met wie haar uitvoert.',
  },
  WEEKLY_DIGEST: {
    title: 'Uw openstaande acties deze week',
    body: 'U heeft openstaande acties. Bekijk ze op uw startpagina.',
  },
  MEETING_INVITATION: {
    title: 'Uitnodiging voor een overleg',
    body: 'U bent uitgenodigd voor een overleg. De uitnodiging voor uw agenda zit bij de e-mail; de datum en de agenda staan in Aanwezig.',
  },
  MEETING_MOVED: {
    title: 'Overleg verplaatst',
    body: 'Een overleg waarvoor u bent uitgenodigd is verplaatst. De bijgewerkte uitnodiging zit bij de e-mail; de nieuwe datum staat in Aanwezig.',
  },
  TEAM_DECISION: {
    title: 'Besluit over een casus die u signaleerde',
    body: 'Er is een besluit genomen over een casus die u signaleerde. Wat u ervan mag zien, leest u in de casus in Aanwezig.',
  },
  SIGNAL_WITHDRAWN: {
    title: 'Signaal ingetrokken',
    body: 'Een signaal dat u ontving is ingetrokken: de school heeft de registraties gecorrigeerd waarop het berustte. Open het signaal in Aanwezig voor de details.',
  },
  SIGNAL_REINSTATED: {
    title: 'Signaal weer van kracht',
    body: 'Een signaal dat eerder was ingetrokken, geldt weer: de school heeft de registraties opnieuw gecorrigeerd. Open het signaal in Aanwezig voor de details.',
  },
  LEGAL_REPORT_OVERDUE: {
    title: 'Melding bij DUO te laat',
    body: 'Een melding wegens ongeoorloofd verzuim is niet op tijd als gemeld bij DUO vastgelegd. Meld het verzuim bij DUO en leg de melding vast bij het signaal.',
  },
};

/** The sentence of a notification of this kind. */
export function notificationText(kind: NotificationKind): NotificationText {
  const text = NOTIFICATION_TEXT[kind];
  if (!text) throw new Error(`no text for notification kind ${kind}`);
  return text;
}
