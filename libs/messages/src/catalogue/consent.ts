import type { Bilingual } from './tree';

/**
 * Texts of the consent module: its errors, labels and timeline entries. Category names nest
 * `label.dataCategory.*` (meeting.ts). Guardians' names and organisations' names are data.
 */
export const consentMessages = {
  nl: {
    label: { consent: { purpose: 'Het doel', validFrom: 'De ingangsdatum', validUntil: 'De einddatum' } },
    timeline: {
      CONSENT_RECORDED: 'Toestemming vastgelegd voor {{organisations}}: {{purpose}}',
      CONSENT_WITHDRAWN: 'Toestemming ingetrokken: {{purpose}}',
    },
    errors: {
      consent: {
        notFound: 'Deze toestemming bestaat niet of u heeft er geen toegang toe.',
        validUntilBeforeFrom: 'De einddatum ligt vóór de ingangsdatum.',
        categoriesRequired: 'Kies voor welke gegevens de toestemming geldt.',
        organisationsRequired: 'Kies welke organisaties de gegevens mogen zien.',
        guardianWithoutAuthority: 'Alleen ouders met gezag over deze leerling geven toestemming.',
        pupilMustConsent: 'Vanaf 12 jaar geeft de leerling zelf ook toestemming.',
        guardiansMissing: 'Ook {{name}} (met gezag) moet toestemming geven.',
        guardiansMissing_two: 'Ook {{first}} en {{second}} (met gezag) moet toestemming geven.',
        guardiansMissing_many: 'Ook {{others}} en {{last}} (met gezag) moet toestemming geven.',
        organisationsOutsideRegion: 'Niet alle organisaties horen bij uw samenwerkingsverband.',
        alreadyWithdrawn: 'Deze toestemming is al ingetrokken.',
        noDataHeld:
          'Toestemming legt de organisatie vast die de gegevens heeft: de school voor schoolgegevens, de GGD voor het advies van de jeugdarts. U heeft geen gegevens van deze leerling in beheer, dus u legt hier geen toestemming vast.',
        holderOnly:
          'Toestemming voor "$t(label.dataCategory.{{category}})" legt alleen de coördinatoren of de directie van de school van de leerling vast: alleen de organisatie die de gegevens heeft, legt de toestemming vast om ze te delen. Er is niets vastgelegd.',
        holderOnly_youthHealth:
          'Toestemming voor "$t(label.dataCategory.{{category}})" legt alleen de jeugdarts van de betrokken GGD, wiens advies het is vast: alleen de organisatie die de gegevens heeft, legt de toestemming vast om ze te delen. Er is niets vastgelegd.',
        recipientSelf:
          'U werkt zelf bij {{organisation}}: een ontvanger legt geen toestemming vast die de eigen inzage verruimt. Alleen de organisatie die de gegevens heeft, legt toestemming vast, en dan voor een ander. Er is niets vastgelegd.',
        recipientSelf_unknown:
          'U werkt zelf bij deze organisatie: een ontvanger legt geen toestemming vast die de eigen inzage verruimt. Alleen de organisatie die de gegevens heeft, legt toestemming vast, en dan voor een ander. Er is niets vastgelegd.',
      },
    },
  },
  en: {
    label: { consent: { purpose: 'The purpose', validFrom: 'The start date', validUntil: 'The end date' } },
    timeline: {
      CONSENT_RECORDED: 'Consent recorded for {{organisations}}: {{purpose}}',
      CONSENT_WITHDRAWN: 'Consent withdrawn: {{purpose}}',
    },
    errors: {
      consent: {
        notFound: 'This consent does not exist or you do not have access to it.',
        validUntilBeforeFrom: 'The end date is before the start date.',
        categoriesRequired: 'Choose which data the consent covers.',
        organisationsRequired: 'Choose which organisations may see the data.',
        guardianWithoutAuthority: 'Only parents with parental authority over this pupil give consent.',
        pupilMustConsent: 'From the age of 12 the pupil gives consent too.',
        guardiansMissing: '{{name}} (with parental authority) must give consent too.',
        guardiansMissing_two: '{{first}} and {{second}} (with parental authority) must give consent too.',
        guardiansMissing_many: '{{others}} and {{last}} (with parental authority) must give consent too.',
        organisationsOutsideRegion: 'Not all organisations belong to your partnership.',
        alreadyWithdrawn: 'This consent has already been withdrawn.',
        noDataHeld:
          "Consent is recorded by the organisation that holds the data: the school for school data, the GGD for the youth doctor's advice. You hold no data on this pupil, so you do not record consent here.",
        holderOnly:
          'Consent for "$t(label.dataCategory.{{category}})" is recorded only by the coordinators or the management of the pupil\'s school: only the organisation that holds the data records the consent to share it. Nothing has been recorded.',
        holderOnly_youthHealth:
          'Consent for "$t(label.dataCategory.{{category}})" is recorded only by the youth doctor of the GGD involved, whose advice it is: only the organisation that holds the data records the consent to share it. Nothing has been recorded.',
        recipientSelf:
          'You work at {{organisation}} yourself: a recipient does not record a consent that widens their own access. Only the organisation that holds the data records consent, and then for another. Nothing has been recorded.',
        recipientSelf_unknown:
          'You work at this organisation yourself: a recipient does not record a consent that widens their own access. Only the organisation that holds the data records consent, and then for another. Nothing has been recorded.',
      },
    },
  },
} satisfies Bilingual;
