import type { lettersNl } from './nl';

export const lettersEn: typeof lettersNl = {
  letters: {
    title: 'Letter to parents',
    intro:
      'Choose the pupil and the situation. You get a draft with the real number of school days missed. Edit it, then send it by e-mail or keep it as a PDF. The letter goes on the case timeline.',
    noCases: 'There are no open cases you can write a letter for.',
    pupil: 'Pupil',
    choosePupil: 'Choose a pupil',
    shielded: 'Shielded',
    situation: 'Situation',
    language: 'Language of the letter',
    makeDraft: 'Make a draft',
    edit: 'Edit the draft',
    choosePupilFirst: 'First choose the pupil you are writing about.',
    drafted: 'The draft is below, with {{days}} school days missed. Read it and edit it before you send it.',
    daysMissed_one: 'Missed this school year: {{days}} school day. This is in the letter.',
    daysMissed_other: 'Missed this school year: {{days}} school days. This is in the letter.',
    addressBlock: 'Address at the top of the letter (on paper)',
    noAuthority: 'no parental authority',
    noAddress: 'no address known',
    chooseRecipients: 'Choose who the letter goes to: tick at least one parent.',
    needSubject: 'Fill in the subject of the letter.',
    savedNotDownloaded:
      'The letter is saved on the case, but the PDF could not be downloaded ({{reason}}). You find the letter on the case timeline.',
    subject: 'Subject',
    body: 'Text of the letter',
    recipients: 'To',
    noEmail: 'no e-mail address known',
    sendEmail: 'Send by e-mail',
    download: 'Save and download PDF',
    saved:
      'The letter to {{to}} is saved on the case and downloaded as a PDF. Nothing was e-mailed: hand it over or send it by post.',
    mailed: 'The letter was sent to {{to}} and saved on the case.',
    notMailed:
      'The letter is saved on the case, but the e-mail could not be sent. Download it as a PDF or try again later.',
    template: {
      FIRST_WORRY: 'First worry about absence',
      FREQUENT_SICK_LEAVE: 'Often reported ill',
      INVITATION_TO_TALK: 'Invitation to talk',
      DOCTOR_REFERRAL: 'Referral to the youth doctor (with consent)',
      ATTENDANCE_OFFICER_INVOLVED: 'Attendance officer involved',
    },
  },
};
