import type { Bilingual } from './tree';

/** Actions agreed on a case: errors and the timeline entries they leave. */
export const actionMessages = {
  nl: {
    label: {
      action: {
        title: 'De omschrijving',
        dueDate: 'De deadline',
        note: 'De toelichting',
      },
    },
    errors: {
      action: {
        notFound: 'Deze actie bestaat niet of u heeft er geen toegang toe.',
        onlyOwnerCompletes: 'Alleen de eigenaar of een coördinator van de school rondt deze actie af.',
        onlyOwnerReassigns: 'Alleen de eigenaar of een coördinator van de school draagt deze actie over.',
        alreadyDone: 'Deze actie is al afgerond.',
        doneNotReassigned: 'Een afgeronde actie draagt u niet meer over.',
        dueInPast: 'De deadline ligt in het verleden; kies vandaag of later.',
        agendaItemOfOtherCase: 'Dit agendapunt hoort niet bij deze casus.',
        onlyCoordinatorsOrMeeting: 'Acties worden afgesproken door de coördinatoren of in het overleg.',
        ownerUnknown: 'Deze persoon is niet bekend in uw samenwerkingsverband.',
        ownerCannotSeeCase: 'Deze persoon kan de casus niet inzien; betrek eerst de organisatie of kies een ander.',
        ownerCannotSeeCategory:
          'Deze persoon mag dit soort gegevens niet zien; kies een ander of formuleer de actie zonder die gegevens.',
        ownerUnchanged: 'Deze persoon is al de eigenaar van de actie; kies iemand anders.',
        onlyOwnerReschedules:
          'Alleen de eigenaar of een coördinator van de school geeft deze actie een nieuwe deadline.',
        doneNotRescheduled: 'Een afgeronde actie krijgt geen nieuwe deadline meer.',
        dueDateUnchanged: 'Dit is al de deadline van de actie; kies een andere datum.',
      },
    },
    timeline: {
      ACTION_CREATED: 'Actie: {{title}} (deadline {{dueDate}})',
      ACTION_DONE: 'Actie afgerond: {{title}}',
      ACTION_DONE_withNote: 'Actie afgerond: {{title}} ({{note}})',
      ACTION_REASSIGNED: 'Actie overgedragen aan {{owner}}: {{title}}',
      ACTION_RESCHEDULED: 'Nieuwe deadline {{dueDate}} (was {{previousDueDate}}): {{title}}',
    },
  },
  en: {
    label: {
      action: {
        title: 'The description',
        dueDate: 'The deadline',
        note: 'The note',
      },
    },
    errors: {
      action: {
        notFound: 'This action does not exist or you do not have access to it.',
        onlyOwnerCompletes: "Only the owner or one of the school's coordinators completes this action.",
        onlyOwnerReassigns: "Only the owner or one of the school's coordinators hands this action over.",
        alreadyDone: 'This action has already been completed.',
        doneNotReassigned: 'A completed action can no longer be handed over.',
        dueInPast: 'The deadline is in the past; choose today or later.',
        agendaItemOfOtherCase: 'This agenda item does not belong to this case.',
        onlyCoordinatorsOrMeeting: 'Actions are agreed by the coordinators or in the meeting.',
        ownerUnknown: 'This person is not known in your partnership.',
        ownerCannotSeeCase: 'This person cannot see the case; involve their organisation first or choose someone else.',
        ownerCannotSeeCategory:
          'This person may not see this kind of data; choose someone else or word the action without that data.',
        ownerUnchanged: 'This person already owns the action; choose someone else.',
        onlyOwnerReschedules: "Only the owner or one of the school's coordinators gives this action a new deadline.",
        doneNotRescheduled: 'A completed action no longer gets a new deadline.',
        dueDateUnchanged: 'This already is the deadline of the action; choose another date.',
      },
    },
    timeline: {
      ACTION_CREATED: 'Action: {{title}} (deadline {{dueDate}})',
      ACTION_DONE: 'Action completed: {{title}}',
      ACTION_DONE_withNote: 'Action completed: {{title}} ({{note}})',
      ACTION_REASSIGNED: 'Action handed over to {{owner}}: {{title}}',
      ACTION_RESCHEDULED: 'New deadline {{dueDate}} (was {{previousDueDate}}): {{title}}',
    },
  },
} satisfies Bilingual;
