import { DATA_CATEGORY_LABEL_NL } from '@aanwezig/domain';
import type { Bilingual } from './tree';

/**
 * Meetings: planning, the agenda, minutes and decisions. Also the data categories' names
 * (`label.dataCategory.<CATEGORY>`), which every area may nest: `$t(label.dataCategory.{{category}})`.
 */
export const meetingMessages = {
  nl: {
    label: {
      meeting: {
        title: 'De titel',
        location: 'De locatie',
        onlineUrl: 'De link',
        topic: 'Het onderwerp',
        minutes: 'De notulen',
        decision: 'Het besluit',
      },
      // One list of the categories' Dutch names: the domain's, which the authorization matrix doc uses too.
      dataCategory: DATA_CATEGORY_LABEL_NL,
    },
    errors: {
      meeting: {
        notFound: 'Dit overleg bestaat niet of u heeft er geen toegang toe.',
        agendaItemNotFound: 'Dit agendapunt bestaat niet of u heeft er geen toegang toe.',
        onlyCoordinatorsRun: 'Alleen de coördinatoren van de school plannen en leiden dit overleg.',
        onlyCoordinatorsPlan: 'Alleen de coördinatoren van de school plannen een overleg.',
        onlyChairLeads: 'Alleen de voorzitter of de coördinator leidt het overleg.',
        onlyParticipantsTakeMinutes: 'Alleen deelnemers aan het overleg notuleren.',
        closed: 'Dit overleg is gesloten; de agenda en besluiten liggen vast.',
        onlineUrlHttps: 'De link begint met https://.',
        repeatEveryWeeks: 'Herhaal elke {{min}} tot {{max}} weken.',
        occurrences: 'Een reeks heeft {{min}} tot {{max}} overleggen.',
        unknownSchool: 'Deze school bestaat niet in uw samenwerkingsverband.',
        unknownParticipants: 'Niet alle deelnemers zijn bekend in uw samenwerkingsverband.',
        participantsNotPartners:
          'Nodig alleen mensen van de school en haar partners uit (leerplicht, GGD, samenwerkingsverband, jeugd en gezin); niet: {{names}}. Er is niets gepland.',
        startsAtInvalid: 'Geef een geldige begintijd.',
        startsAtPast: 'De begintijd ligt in het verleden.',
        duration: 'De duur is {{min}} tot {{max}} minuten.',
        caseOrTopic: 'Kies een casus óf geef een onderwerp.',
        caseOfOtherSchool: 'Deze casus hoort bij een andere school dan dit overleg.',
        caseClosed: 'Deze casus is gesloten.',
        caseAlreadyOnAgenda: 'Deze casus staat al op de agenda.',
        itemNotInMeeting: 'Dit agendapunt hoort niet bij dit overleg.',
        minutesLockedEdit: 'De notulen zijn vastgesteld. Voeg een correctie toe in plaats van te wijzigen.',
        minutesLockedAdd: 'De notulen zijn vastgesteld. Een aanvulling is een correctie op een bestaande sectie.',
        expectedVersionRequired: 'Geef de versie mee die u heeft bewerkt.',
        sectionNotOnItem: 'Deze notulensectie hoort niet bij dit agendapunt.',
        correctedNotOnItem: 'De te corrigeren sectie hoort niet bij dit agendapunt.',
        minutesStale:
          'Iemand anders heeft deze notulen intussen gewijzigd. Uw tekst is niet opgeslagen: kopieer hem, laad opnieuw en voeg hem samen.',
        /** Why a writer may not read a category here (`why`: a shield reason, or TOPIC for an item without a case). */
        cannotReadBecause: {
          NO_CONSENT: 'er is geen toestemming die uw organisatie noemt',
          NOT_INVOLVED: 'uw organisatie is niet betrokken bij deze casus',
          NOT_PERMITTED: 'uw rol geeft daar geen inzage in',
          TOPIC:
            'bij een algemeen onderwerp zonder casus geldt alleen wat uw rol altijd mag inzien; betrokkenheid of toestemming kan daar niet gelden',
        },
        previousUnreadable_overwrite:
          'Deze notulensectie bevat "$t(label.dataCategory.{{category}})"; dat mag u hier zelf niet inzien ($t(errors.meeting.cannotReadBecause.{{why}})), en dus ook niet overschrijven. Er is niets opgeslagen.',
        previousUnreadable_correct:
          'Deze notulensectie bevat "$t(label.dataCategory.{{category}})"; dat mag u hier zelf niet inzien ($t(errors.meeting.cannotReadBecause.{{why}})), en dus ook niet corrigeren. Er is niets opgeslagen.',
        categoryUnreadable_minutes:
          'U mag "$t(label.dataCategory.{{category}})" hier zelf niet inzien ($t(errors.meeting.cannotReadBecause.{{why}})), en dus ook niet notuleren. Kies een soort gegevens die u wel mag inzien; er is niets opgeslagen.',
        categoryUnreadable_decision:
          'U mag "$t(label.dataCategory.{{category}})" hier zelf niet inzien ($t(errors.meeting.cannotReadBecause.{{why}})), en dus ook niet als besluit vastleggen. Kies een soort gegevens die u wel mag inzien; er is niets opgeslagen.',
      },
    },
    timeline: {
      ON_AGENDA: 'Op de agenda van {{meeting}} ({{startsAt}})',
      MINUTES_RECORDED: 'Notulen van {{meeting}}: {{excerpt}}',
      MINUTES_RECORDED_correction: 'Correctie op de notulen van {{meeting}}: {{excerpt}}',
      DECISION: 'Besluit in {{meeting}}: {{decision}}',
    },
  },
  en: {
    label: {
      meeting: {
        title: 'The title',
        location: 'The location',
        onlineUrl: 'The link',
        topic: 'The topic',
        minutes: 'The minutes',
        decision: 'The decision',
      },
      dataCategory: {
        IDENTITY: 'Identity, school and class',
        UNAUTHORISED_ABSENCE: 'Unauthorised absence',
        ATTENDANCE_SUMMARY: 'Attendance and days missed',
        SICK_LEAVE: 'Sick leave and reasons for authorised absence',
        CLASSIFICATION: 'Typology, category, tier and status',
        WORRY_AND_NOTES: "The mentor's worries and notes",
        HOME_SITUATION: 'Home situation',
        DOCTOR_ADVICE: "The youth doctor's advice",
      },
    },
    errors: {
      meeting: {
        notFound: 'This meeting does not exist or you do not have access to it.',
        agendaItemNotFound: 'This agenda item does not exist or you do not have access to it.',
        onlyCoordinatorsRun: "Only the school's coordinators plan and run this meeting.",
        onlyCoordinatorsPlan: "Only the school's coordinators plan a meeting.",
        onlyChairLeads: 'Only the chair or the coordinator leads the meeting.',
        onlyParticipantsTakeMinutes: 'Only participants in the meeting take minutes.',
        closed: 'This meeting is closed; its agenda and decisions are final.',
        onlineUrlHttps: 'The link starts with https://.',
        repeatEveryWeeks: 'Repeat every {{min}} to {{max}} weeks.',
        occurrences: 'A series has {{min}} to {{max}} meetings.',
        unknownSchool: 'This school does not exist in your partnership.',
        unknownParticipants: 'Not all participants are known in your partnership.',
        startsAtInvalid: 'Give a valid start time.',
        startsAtPast: 'The start time is in the past.',
        duration: 'The duration is {{min}} to {{max}} minutes.',
        caseOrTopic: 'Choose a case or give a topic, not both.',
        caseOfOtherSchool: 'This case belongs to a different school from this meeting.',
        participantsNotPartners:
          'Invite only people of the school and its partners (leerplicht, GGD, partnership, youth care); not: {{names}}. Nothing has been planned.',
        caseClosed: 'This case is closed.',
        caseAlreadyOnAgenda: 'This case is already on the agenda.',
        itemNotInMeeting: 'This agenda item does not belong to this meeting.',
        minutesLockedEdit: 'The minutes have been approved. Add a correction instead of editing them.',
        minutesLockedAdd: 'The minutes have been approved. An addition is a correction to an existing section.',
        expectedVersionRequired: 'Give the version you edited.',
        sectionNotOnItem: 'This minutes section does not belong to this agenda item.',
        correctedNotOnItem: 'The section to correct does not belong to this agenda item.',
        minutesStale:
          'Someone else has changed these minutes in the meantime. Your text has not been saved: copy it, reload and merge it.',
        cannotReadBecause: {
          NO_CONSENT: 'there is no consent that names your organisation',
          NOT_INVOLVED: 'your organisation is not involved in this case',
          NOT_PERMITTED: 'your role gives no access to it',
          TOPIC:
            'a general topic without a case allows only what your role may always see; involvement or consent cannot apply there',
        },
        previousUnreadable_overwrite:
          'This minutes section contains "$t(label.dataCategory.{{category}})"; you may not see that here yourself ($t(errors.meeting.cannotReadBecause.{{why}})), so you may not overwrite it either. Nothing has been saved.',
        previousUnreadable_correct:
          'This minutes section contains "$t(label.dataCategory.{{category}})"; you may not see that here yourself ($t(errors.meeting.cannotReadBecause.{{why}})), so you may not correct it either. Nothing has been saved.',
        categoryUnreadable_minutes:
          'You may not see "$t(label.dataCategory.{{category}})" here yourself ($t(errors.meeting.cannotReadBecause.{{why}})), so you may not minute it either. Choose a kind of data you may see; nothing has been saved.',
        categoryUnreadable_decision:
          'You may not see "$t(label.dataCategory.{{category}})" here yourself ($t(errors.meeting.cannotReadBecause.{{why}})), so you may not record it as a decision either. Choose a kind of data you may see; nothing has been saved.',
      },
    },
    timeline: {
      ON_AGENDA: 'On the agenda of {{meeting}} ({{startsAt}})',
      MINUTES_RECORDED: 'Minutes of {{meeting}}: {{excerpt}}',
      MINUTES_RECORDED_correction: 'Correction to the minutes of {{meeting}}: {{excerpt}}',
      DECISION: 'Decision in {{meeting}}: {{decision}}',
    },
  },
} satisfies Bilingual;
