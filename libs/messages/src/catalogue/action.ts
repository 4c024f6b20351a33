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
      },
    },
    timeline: {
      ACTION_CREATED: 'Actie: {{title}} (deadline {{dueDate}})',
      ACTION_DONE: 'Actie afgerond: {{title}}',
      ACTION_DONE_withNote: 'Actie afgerond: {{title}} ({{note}})',
      ACTION_REASSIGNED: 'Actie overgedragen aan {{owner}}: {{title}}',
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
      },
    },
    timeline: {
      ACTION_CREATED: 'Action: {{title}} (deadline {{dueDate}})',
      ACTION_DONE: 'Action completed: {{title}}',
      ACTION_DONE_withNote: 'Action completed: {{title}} ({{note}})',
      ACTION_REASSIGNED: 'Action handed over to {{owner}}: {{title}}',
    },
  },
} satisfies Bilingual;
