import type { Bilingual } from './tree';

/**
 * Texts of the case module: its errors, its field labels and the timeline entries it writes.
 * CASE_UPDATED_classification lists the changed fields in slots `change1`..`change5` (in the order
 * status, tier, category, typology, flaggedForMeeting; unused slots are `none`), each slot nesting the
 * text of its field with the field's `…From`/`…To` parameters (enum values as they are, `–` for none).
 */
export const caseMessages = {
  nl: {
    label: {
      case: { mentorNotes: 'De notitie', homeSituation: 'De thuissituatie', note: 'De toelichting' },
    },
    timeline: {
      CASE_CREATED: 'Casus geopend',
      CASE_UPDATED: 'Casus bijgewerkt',
      CASE_UPDATED_classification:
        '$t(timeline.caseChange.first.{{change1}})$t(timeline.caseChange.next.{{change2}})$t(timeline.caseChange.next.{{change3}})$t(timeline.caseChange.next.{{change4}})$t(timeline.caseChange.next.{{change5}})',
      CASE_UPDATED_mentorNotes: 'Notitie bijgewerkt',
      CASE_UPDATED_homeSituation: 'Thuissituatie bijgewerkt',
      CASE_UPDATED_owner: 'Eigenaar van de casus: {{owner}}',
      CASE_UPDATED_reopened: 'Casus heropend (was gesloten met uitkomst {{outcome}})',
      caseChange: {
        first: {
          none: '',
          status: 'Status {{statusFrom}} → {{statusTo}}',
          tier: 'Niveau {{tierFrom}} → {{tierTo}}',
          category: 'Categorie {{categoryFrom}} → {{categoryTo}}',
          typology: 'Typologie {{typologyFrom}} → {{typologyTo}}',
          flagged: 'Voor het volgende overleg aangemeld',
          unflagged: 'Afgemeld voor het volgende overleg',
        },
        next: {
          none: '',
          status: '; status {{statusFrom}} → {{statusTo}}',
          tier: '; niveau {{tierFrom}} → {{tierTo}}',
          category: '; categorie {{categoryFrom}} → {{categoryTo}}',
          typology: '; typologie {{typologyFrom}} → {{typologyTo}}',
          flagged: '; voor het volgende overleg aangemeld',
          unflagged: '; afgemeld voor het volgende overleg',
        },
      },
      WORRY_FLAG_SET: 'Zorgenvinkje gezet',
      WORRY_FLAG_SET_withText: 'Zorgenvinkje gezet: {{text}}',
      WORRY_FLAG_CLEARED: 'Zorgenvinkje weggehaald',
      WORRY_FLAG_CLEARED_withText: 'Zorgenvinkje weggehaald: {{text}}',
      ORGANISATION_INVOLVED: '{{organisation}} betrokken bij de casus',
      CASE_CLOSED: 'Casus gesloten, uitkomst {{outcome}}',
      CASE_CLOSED_withNote: 'Casus gesloten, uitkomst {{outcome}}: {{note}}',
    },
    errors: {
      case: {
        notFound: 'Deze casus bestaat niet of u heeft er geen toegang toe.',
        onlyCoordinatorsOpen: 'Alleen de coördinatoren van de school openen een casus.',
        pupilNotFound: 'Deze leerling bestaat niet of u heeft er geen toegang toe.',
        tierRange: 'Het niveau (MTSS) is 1, 2 of 3.',
        mayNotOpenForSchool: 'U mag voor deze school geen casus openen.',
        alreadyOpen: 'Deze leerling heeft al een lopende casus; werk die bij.',
        closeWithCloseCase: 'Sluit een casus met "Casus sluiten", zodat de uitkomst wordt vastgelegd.',
        noReopen: 'Een gesloten casus heropent u met "Casus heropenen", niet door de status te wijzigen.',
        closedReopenFirst: 'Deze casus is gesloten. Heropen hem eerst als u er iets aan wilt wijzigen.',
        notClosed: 'Deze casus is niet gesloten, dus hij hoeft niet heropend te worden.',
        anotherCaseRunning:
          'Deze leerling heeft intussen een andere lopende casus. Werk in die casus verder in plaats van deze te heropenen.',
        fieldReadOnly: 'U mag dit veld van de casus niet wijzigen.',
        ownerNotEligible:
          'Kies als eigenaar een coördinator of iemand van de directie van de school van deze leerling.',
        homeSituationCareOnly: 'Alleen de zorgcoördinator legt de thuissituatie vast.',
        alreadyClosed: 'Deze casus is al gesloten.',
        openActions_one: 'Rond eerst de open actie af of draag die over.',
        openActions_other: 'Rond eerst de {{count}} open acties af of draag ze over.',
        organisationNotInRegion: 'Deze organisatie bestaat niet in uw samenwerkingsverband.',
        notAMember: 'Deze persoon werkt niet bij {{organisation}}.',
        worryFlagForbidden: 'Alleen de mentor en de coördinatoren van de school zetten het zorgenvinkje.',
        staleVersion:
          'Iemand anders heeft deze casus intussen gewijzigd. Laad de casus opnieuw en breng uw wijziging opnieuw aan.',
        readOnly: 'U mag deze casus inzien, maar niet wijzigen.',
      },
    },
  },
  en: {
    label: {
      case: { mentorNotes: 'The note', homeSituation: 'The home situation', note: 'The explanation' },
    },
    timeline: {
      CASE_CREATED: 'Case opened',
      CASE_UPDATED: 'Case updated',
      CASE_UPDATED_classification:
        '$t(timeline.caseChange.first.{{change1}})$t(timeline.caseChange.next.{{change2}})$t(timeline.caseChange.next.{{change3}})$t(timeline.caseChange.next.{{change4}})$t(timeline.caseChange.next.{{change5}})',
      CASE_UPDATED_mentorNotes: 'Note updated',
      CASE_UPDATED_homeSituation: 'Home situation updated',
      CASE_UPDATED_owner: 'Owner of the case: {{owner}}',
      CASE_UPDATED_reopened: 'Case reopened (it was closed with outcome {{outcome}})',
      caseChange: {
        first: {
          none: '',
          status: 'Status {{statusFrom}} → {{statusTo}}',
          tier: 'Tier {{tierFrom}} → {{tierTo}}',
          category: 'Category {{categoryFrom}} → {{categoryTo}}',
          typology: 'Typology {{typologyFrom}} → {{typologyTo}}',
          flagged: 'Put forward for the next meeting',
          unflagged: 'Withdrawn from the next meeting',
        },
        next: {
          none: '',
          status: '; status {{statusFrom}} → {{statusTo}}',
          tier: '; tier {{tierFrom}} → {{tierTo}}',
          category: '; category {{categoryFrom}} → {{categoryTo}}',
          typology: '; typology {{typologyFrom}} → {{typologyTo}}',
          flagged: '; put forward for the next meeting',
          unflagged: '; withdrawn from the next meeting',
        },
      },
      WORRY_FLAG_SET: 'Worry flag set',
      WORRY_FLAG_SET_withText: 'Worry flag set: {{text}}',
      WORRY_FLAG_CLEARED: 'Worry flag removed',
      WORRY_FLAG_CLEARED_withText: 'Worry flag removed: {{text}}',
      ORGANISATION_INVOLVED: '{{organisation}} involved in the case',
      CASE_CLOSED: 'Case closed, outcome {{outcome}}',
      CASE_CLOSED_withNote: 'Case closed, outcome {{outcome}}: {{note}}',
    },
    errors: {
      case: {
        notFound: 'This case does not exist or you do not have access to it.',
        onlyCoordinatorsOpen: "Only the school's coordinators open a case.",
        pupilNotFound: 'This pupil does not exist or you do not have access to them.',
        tierRange: 'The tier (MTSS) is 1, 2 or 3.',
        mayNotOpenForSchool: 'You may not open a case for this school.',
        alreadyOpen: 'This pupil already has a case in progress; update that one.',
        closeWithCloseCase: 'Close a case with "Close case", so that the outcome is recorded.',
        noReopen: 'Reopen a closed case with "Reopen case", not by changing its status.',
        closedReopenFirst: 'This case is closed. Reopen it first if you want to change it.',
        notClosed: 'This case is not closed, so it need not be reopened.',
        anotherCaseRunning:
          'This pupil has another case in progress meanwhile. Carry on in that case instead of reopening this one.',
        fieldReadOnly: 'You may not change this field of the case.',
        ownerNotEligible: "Choose as owner a coordinator or someone of the leadership of this pupil's school.",
        homeSituationCareOnly: 'Only the care coordinator records the home situation.',
        alreadyClosed: 'This case is already closed.',
        openActions_one: 'First complete or hand over the open action.',
        openActions_other: 'First complete or hand over the {{count}} open actions.',
        organisationNotInRegion: 'This organisation does not exist in your partnership.',
        notAMember: 'This person does not work at {{organisation}}.',
        worryFlagForbidden: "Only the mentor and the school's coordinators set the worry flag.",
        staleVersion: 'Someone else has changed this case in the meantime. Reload the case and make your change again.',
        readOnly: 'You may view this case, but not change it.',
      },
    },
  },
} satisfies Bilingual;
