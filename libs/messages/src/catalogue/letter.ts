import type { Bilingual } from './tree';

/** Letters to parents: the templates' and deliveries' names, errors, field labels and the timeline entry. */
export const letterMessages = {
  nl: {
    label: {
      letter: {
        subject: 'Het onderwerp',
        body: 'De brief',
      },
      letterTemplate: {
        FIRST_WORRY: 'Eerste zorg over verzuim',
        FREQUENT_SICK_LEAVE: 'Vaak ziek gemeld',
        INVITATION_TO_TALK: 'Uitnodiging voor een gesprek',
        DOCTOR_REFERRAL: 'Verwijzing naar de jeugdarts (met toestemming)',
        ATTENDANCE_OFFICER_INVOLVED: 'Leerplicht wordt ingeschakeld',
      },
      letterDelivery: {
        EMAIL: 'per e-mail',
        DOWNLOAD: 'als pdf',
      },
    },
    errors: {
      letter: {
        notFound: 'Deze brief bestaat niet of u mag hem niet inzien.',
        noAttendanceFigures:
          'Er zijn geen verzuimcijfers voor dit schooljaar (geen schoolkalender of niet zichtbaar); schrijf de brief zonder sjabloon.',
        chooseRecipients: 'Kies aan wie de brief gaat.',
        recipientsNotOfPupil: 'Niet alle gekozen ouders horen bij deze leerling.',
        noEmail:
          'Van {{name}} is geen e-mailadres bekend. Kies "downloaden" en geef de brief mee of stuur hem per post.',
        noEmail_several:
          'Van {{names}} en {{last}} is geen e-mailadres bekend. Kies "downloaden" en geef de brief mee of stuur hem per post.',
        onlyOwnSchool: 'Alleen medewerkers van de school die deze gegevens mogen zien, schrijven de ouders.',
        noParents:
          'Van {{pupil}} zijn geen ouders of verzorgers met gezag vastgelegd, dus de brief zou aan niemand gaan. Vraag de leerlingadministratie van de school om hun naam en adres vast te leggen en wie het gezag heeft. Daarna kunt u de brief maken.',
      },
    },
    timeline: {
      LETTER_SENT: 'Brief aan ouders ($t(label.letterDelivery.{{delivery}})): $t(label.letterTemplate.{{template}})',
    },
  },
  en: {
    label: {
      letter: {
        subject: 'The subject',
        body: 'The letter',
      },
      letterTemplate: {
        FIRST_WORRY: 'First concern about absence',
        FREQUENT_SICK_LEAVE: 'Frequently reported sick',
        INVITATION_TO_TALK: 'Invitation to a meeting',
        DOCTOR_REFERRAL: 'Referral to the school doctor (with consent)',
        ATTENDANCE_OFFICER_INVOLVED: 'The attendance officer is called in',
      },
      letterDelivery: {
        EMAIL: 'by e-mail',
        DOWNLOAD: 'as PDF',
      },
    },
    errors: {
      letter: {
        notFound: 'This letter does not exist or you may not read it.',
        noAttendanceFigures:
          'There are no absence figures for this school year (no school calendar, or not visible to you); write the letter without a template.',
        chooseRecipients: 'Choose who the letter goes to.',
        recipientsNotOfPupil: 'Not all of the chosen parents belong to this pupil.',
        noEmail:
          'No e-mail address is known for {{name}}. Choose "download" and hand the letter over or send it by post.',
        noEmail_several:
          'No e-mail address is known for {{names}} and {{last}}. Choose "download" and hand the letter over or send it by post.',
        onlyOwnSchool: 'Only staff of the school who may see this data write to the parents.',
        noParents:
          'No parents or carers with parental authority are on record for {{pupil}}, so the letter would go to nobody. Ask the school’s pupil administration to record their names and addresses and who holds parental authority. Then you can write the letter.',
      },
    },
    timeline: {
      LETTER_SENT: 'Letter to parents ($t(label.letterDelivery.{{delivery}})): $t(label.letterTemplate.{{template}})',
    },
  },
} satisfies Bilingual;
