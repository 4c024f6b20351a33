/** The letters screens' texts; every key exists in en.ts too (app/locales checks). */
export const lettersNl = {
  letters: {
    title: 'Brief aan ouders',
    intro:
      'Kies de leerling en de situatie. U krijgt een concept met de echte aantallen gemiste schooldagen. Pas het aan, en verstuur het per e-mail of bewaar het als pdf. De brief komt in de tijdlijn van de casus.',
    noCases: 'Er zijn geen lopende casussen waarvoor u een brief kunt schrijven.',
    pupil: 'Leerling',
    choosePupil: 'Kies een leerling',
    shielded: 'Afgeschermd',
    situation: 'Situatie',
    language: 'Taal van de brief',
    makeDraft: 'Concept maken',
    edit: 'Concept aanpassen',
    choosePupilFirst: 'Kies eerst de leerling voor wie u de brief schrijft.',
    drafted:
      'Het concept staat hieronder, met {{days}} gemiste schooldagen. Lees het na en pas het aan voordat u het verstuurt.',
    daysMissed_one: 'Gemist dit schooljaar: {{days}} schooldag. Dit staat in de brief.',
    daysMissed_other: 'Gemist dit schooljaar: {{days}} schooldagen. Dit staat in de brief.',
    addressBlock: 'Adres bovenaan de brief (op papier)',
    noAuthority: 'geen gezag',
    noAddress: 'geen adres bekend',
    chooseRecipients: 'Kies aan wie de brief gaat: vink minstens één ouder aan.',
    needSubject: 'Vul het onderwerp van de brief in.',
    savedNotDownloaded:
      'De brief is bewaard in de casus, maar de pdf kon niet worden gedownload ({{reason}}). U vindt de brief in de tijdlijn van de casus.',
    subject: 'Onderwerp',
    body: 'Tekst van de brief',
    recipients: 'Aan',
    noEmail: 'geen e-mailadres bekend',
    sendEmail: 'Versturen per e-mail',
    download: 'Bewaren en pdf downloaden',
    saved:
      'De brief aan {{to}} is bewaard in de casus en gedownload als pdf. Er is niets gemaild: geef de brief mee of stuur hem per post.',
    mailed: 'De brief is verstuurd aan {{to}} en bewaard in de casus.',
    notMailed:
      'De brief is bewaard in de casus, maar de e-mail kon niet worden verstuurd. Download hem als pdf of probeer het later opnieuw.',
    template: {
      FIRST_WORRY: 'Eerste zorg over verzuim',
      FREQUENT_SICK_LEAVE: 'Vaak ziek gemeld',
      INVITATION_TO_TALK: 'Uitnodiging voor een gesprek',
      DOCTOR_REFERRAL: 'Verwijzing naar de jeugdarts (met toestemming)',
      ATTENDANCE_OFFICER_INVOLVED: 'Leerplicht wordt ingeschakeld',
    },
  },
};
