import type { Bilingual } from './tree';

/**
 * What each kind of notification says, in the app and in its e-mail: one fixed, neutral sentence per
 * kind (`notification.<KIND>.title/body`). It names no pupil, no figure about a pupil and no free text
 * (decision, minutes, action title, meeting title): the notification's references lead to the content.
 * The mail frames the body with a link into the app (`notification.mail.*`).
 */
export const notificationMessages = {
  nl: {
    notification: {
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
      mail: {
        subject: 'Aanwezig: {{title}}',
        text: '{{body}}\n\nBekijk het in Aanwezig: {{link}}\n\nU ontvangt deze e-mail omdat u in Aanwezig bij deze leerling of dit overleg betrokken bent.',
      },
      calendar: {
        description: 'Overleg in Aanwezig: {{link}}',
        description_online: 'Overleg in Aanwezig: {{link}}\nOnline: {{online}}',
      },
    },
    errors: {
      notification: {
        unknownIds: 'Een van de meldingen bestaat niet.',
      },
    },
  },
  en: {
    notification: {
      SIGNAL_FEEDBACK: {
        title: 'Feedback on your signal',
        body: 'A signal that came from you or your school has been dealt with. Open it in Aanwezig to see what was done.',
      },
      ACTION_DUE_SOON: {
        title: 'Reminder: an action is nearly due',
        body: 'An action you carry out is due soon. Complete it or agree a new date.',
      },
      ACTION_DUE_TODAY: {
        title: 'Due today',
        body: 'An action you carry out is due today.',
      },
      ACTION_OVERDUE: {
        title: 'Action overdue',
        body: 'An action you carry out is past its due date. Complete it, or hand it over if someone else takes it on.',
      },
      ACTION_ESCALATED: {
        title: 'Check on open actions',
        body: 'An action in a case at your school is still open although its due date has passed. Contact the person carrying it out.',
      },
      WEEKLY_DIGEST: {
        title: 'Your open actions this week',
        body: 'You have open actions. See them on your home page.',
      },
      MEETING_INVITATION: {
        title: 'Invitation to a meeting',
        body: 'You have been invited to a meeting. The invitation for your calendar is attached to the e-mail; the date and the agenda are in Aanwezig.',
      },
      MEETING_MOVED: {
        title: 'Meeting moved',
        body: 'A meeting you were invited to has been moved. The updated invitation is attached to the e-mail; the new date is in Aanwezig.',
      },
      TEAM_DECISION: {
        title: 'Decision on a case you signalled',
        body: 'A decision has been taken on a case you signalled. What you may see of it is in the case in Aanwezig.',
      },
      SIGNAL_WITHDRAWN: {
        title: 'Signal withdrawn',
        body: 'A signal you received has been withdrawn: the school corrected the registrations it rested on. Open the signal in Aanwezig for the details.',
      },
      SIGNAL_REINSTATED: {
        title: 'Signal in force again',
        body: 'A signal that was withdrawn earlier holds again: the school corrected the registrations once more. Open the signal in Aanwezig for the details.',
      },
      LEGAL_REPORT_OVERDUE: {
        title: 'Report to DUO overdue',
        body: 'A report of unauthorised absence was not recorded as reported to DUO in time. Report the absence to DUO and record the report on the signal.',
      },
      mail: {
        subject: 'Aanwezig: {{title}}',
        text: '{{body}}\n\nSee it in Aanwezig: {{link}}\n\nYou receive this e-mail because you are involved with this pupil or this meeting in Aanwezig.',
      },
      calendar: {
        description: 'Meeting in Aanwezig: {{link}}',
        description_online: 'Meeting in Aanwezig: {{link}}\nOnline: {{online}}',
      },
    },
    errors: {
      notification: {
        unknownIds: 'One of the notifications does not exist.',
      },
    },
  },
} satisfies Bilingual;
