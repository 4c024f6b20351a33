import { DataCategory } from './data-category';

/** Situations a school writes to parents about (templates in a caring tone, B1 plain language). */
export const LetterTemplate = {
  FIRST_WORRY: 'FIRST_WORRY',
  FREQUENT_SICK_LEAVE: 'FREQUENT_SICK_LEAVE',
  INVITATION_TO_TALK: 'INVITATION_TO_TALK',
  DOCTOR_REFERRAL: 'DOCTOR_REFERRAL',
  ATTENDANCE_OFFICER_INVOLVED: 'ATTENDANCE_OFFICER_INVOLVED',
} as const;
export type LetterTemplate = (typeof LetterTemplate)[keyof typeof LetterTemplate];

export const LetterLanguage = { NL: 'NL', EN: 'EN' } as const;
export type LetterLanguage = (typeof LetterLanguage)[keyof typeof LetterLanguage];

/** The data a letter of this kind carries, which decides who may read it later (the matrix). */
export const LETTER_CATEGORY: Record<LetterTemplate, DataCategory> = {
  FIRST_WORRY: DataCategory.ATTENDANCE_SUMMARY,
  FREQUENT_SICK_LEAVE: DataCategory.SICK_LEAVE,
  INVITATION_TO_TALK: DataCategory.ATTENDANCE_SUMMARY,
  DOCTOR_REFERRAL: DataCategory.SICK_LEAVE,
  ATTENDANCE_OFFICER_INVOLVED: DataCategory.UNAUTHORISED_ABSENCE,
};

export interface LetterFacts {
  pupilGivenName: string;
  /** The parents or carers the letter is addressed to; empty gives a general greeting. */
  parentNames: string[];
  schoolName: string;
  /** From when the absence is counted (YYYY-MM-DD). */
  periodFrom: string;
  /** School days missed in that period (may be a half). Never left out: parents get days, not a percentage. */
  daysMissed: number;
  sickReports: number | null;
  unauthorisedHours: number | null;
  contactName: string;
  contactRole: string;
  contactEmail: string;
}

export interface LetterDraft {
  subject: string;
  body: string;
}

const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const ENGLISH_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

function days(n: number, language: LetterLanguage): string {
  const number = language === LetterLanguage.NL ? String(n).replace('.', ',') : String(n);
  if (language === LetterLanguage.NL) return `${number} ${n === 1 ? 'schooldag' : 'schooldagen'}`;
  return `${number} school ${n === 1 ? 'day' : 'days'}`;
}

/** A first draft; the writer edits it before sending. Short sentences, no jargon, concrete days. */
export function draftLetter(template: LetterTemplate, language: LetterLanguage, facts: LetterFacts): LetterDraft {
  const nl = language === LetterLanguage.NL;
  const since = (nl ? DUTCH_DATE : ENGLISH_DATE).format(new Date(`${facts.periodFrom}T00:00:00Z`));
  const missed = days(facts.daysMissed, language);
  const name = facts.pupilGivenName;
  const greeting = nl
    ? `Beste ${facts.parentNames.length ? facts.parentNames.join(' en ') : 'ouder of verzorger'},`
    : `Dear ${facts.parentNames.length ? facts.parentNames.join(' and ') : 'parent or carer'},`;
  const closing = nl
    ? `Met vriendelijke groet,\n\n${facts.contactName}\n${facts.contactRole}, ${facts.schoolName}\n${facts.contactEmail}`
    : `Kind regards,\n\n${facts.contactName}\n${facts.contactRole}, ${facts.schoolName}\n${facts.contactEmail}`;
  const parts = nl ? DUTCH[template](name, missed, since, facts) : ENGLISH[template](name, missed, since, facts);
  return { subject: parts.subject, body: [greeting, ...parts.paragraphs, closing].join('\n\n') };
}

type Parts = (
  name: string,
  missed: string,
  since: string,
  facts: LetterFacts,
) => { subject: string; paragraphs: string[] };

const DUTCH: Record<LetterTemplate, Parts> = {
  FIRST_WORRY: (name, missed, since, f) => ({
    subject: `Wij maken ons zorgen over ${name}`,
    paragraphs: [
      `Sinds ${since} heeft ${name} ${missed} niet op school kunnen zijn. Dat is veel. Wij missen ${name} in de klas.`,
      'Wij willen graag samen met u kijken wat er aan de hand is en hoe wij kunnen helpen. Misschien weet u iets wat wij niet weten.',
      `Wilt u contact met mij opnemen? Dat kan door te mailen naar ${f.contactEmail}. Dan maken wij samen een afspraak.`,
    ],
  }),
  FREQUENT_SICK_LEAVE: (name, missed, since, f) => ({
    subject: `${name} is vaak ziek`,
    paragraphs: [
      `Sinds ${since} is ${name} ${f.sickReports ?? 'een aantal'} keer ziek gemeld. In totaal heeft ${name} ${missed} gemist.`,
      `Wij hopen dat het nu beter gaat. Als een kind vaak ziek is, willen wij graag weten of wij iets kunnen doen. Zo blijft ${name} goed meedoen op school.`,
      `Wilt u met ons praten over hoe het met ${name} gaat? Mail of bel mij gerust.`,
    ],
  }),
  INVITATION_TO_TALK: (name, missed, since) => ({
    subject: `Uitnodiging voor een gesprek over ${name}`,
    paragraphs: [
      `${name} heeft sinds ${since} ${missed} gemist. Wij willen graag met u en ${name} praten over hoe het gaat, thuis en op school.`,
      'In het gesprek kijken wij samen wat nodig is. U mag iemand meenemen als u dat prettig vindt.',
      'Wilt u laten weten welke dag en tijd u het beste uitkomt? Dan plannen wij het gesprek.',
    ],
  }),
  DOCTOR_REFERRAL: (name, missed, since) => ({
    subject: `Een gesprek met de jeugdarts over ${name}`,
    paragraphs: [
      `${name} heeft sinds ${since} ${missed} gemist, vaak door ziekte. Wij willen graag dat de jeugdarts van de GGD met u en ${name} meedenkt.`,
      'De jeugdarts is onafhankelijk en heeft een beroepsgeheim. Zij vertelt de school alleen wat nodig is voor school, en alleen als u daar toestemming voor geeft.',
      'Wij vragen u daarom om toestemming. Wilt u het formulier invullen, of mij laten weten dat u akkoord bent? Heeft u vragen, neem dan contact met mij op.',
    ],
  }),
  ATTENDANCE_OFFICER_INVOLVED: (name, missed, since, f) => ({
    subject: `De leerplichtambtenaar wordt ingeschakeld voor ${name}`,
    paragraphs: [
      `${name} heeft sinds ${since} ${missed} gemist${f.unauthorisedHours ? `, waarvan ${String(f.unauthorisedHours).replace('.', ',')} uur zonder geldige reden` : ''}.`,
      'De school moet dit volgens de wet melden bij de leerplichtambtenaar van de gemeente. Dat doen wij niet om te straffen. De leerplichtambtenaar helpt om samen een oplossing te vinden.',
      `De leerplichtambtenaar neemt contact met u op. Wilt u eerst met ons praten? Dat kan altijd: mail naar ${f.contactEmail}.`,
    ],
  }),
};

const ENGLISH: Record<LetterTemplate, Parts> = {
  FIRST_WORRY: (name, missed, since, f) => ({
    subject: `We are worried about ${name}`,
    paragraphs: [
      `Since ${since}, ${name} has missed ${missed} of school. That is a lot. We miss ${name} in class.`,
      'We would like to find out together with you what is going on and how we can help. You may know something we do not.',
      `Could you get in touch with me? You can email ${f.contactEmail}, and we will make an appointment together.`,
    ],
  }),
  FREQUENT_SICK_LEAVE: (name, missed, since, f) => ({
    subject: `${name} is often ill`,
    paragraphs: [
      `Since ${since}, ${name} has been reported ill ${f.sickReports ?? 'several'} times. In total ${name} has missed ${missed}.`,
      `We hope things are better now. When a child is often ill, we would like to know if we can do something, so that ${name} keeps up at school.`,
      `Would you like to talk with us about how ${name} is doing? Feel free to email or call me.`,
    ],
  }),
  INVITATION_TO_TALK: (name, missed, since) => ({
    subject: `An invitation to talk about ${name}`,
    paragraphs: [
      `Since ${since}, ${name} has missed ${missed}. We would like to talk with you and ${name} about how things are going, at home and at school.`,
      'Together we will look at what is needed. You are welcome to bring someone with you.',
      'Please let us know which day and time suits you best, and we will plan the meeting.',
    ],
  }),
  DOCTOR_REFERRAL: (name, missed, since) => ({
    subject: `A talk with the youth doctor about ${name}`,
    paragraphs: [
      `Since ${since}, ${name} has missed ${missed}, often because of illness. We would like the youth doctor of the GGD to think along with you and ${name}.`,
      'The youth doctor is independent and bound by medical confidentiality. She only tells the school what matters for school, and only with your consent.',
      'We therefore ask for your consent. Could you fill in the form, or let me know that you agree? If you have questions, please contact me.',
    ],
  }),
  ATTENDANCE_OFFICER_INVOLVED: (name, missed, since, f) => ({
    subject: `The attendance officer will be involved for ${name}`,
    paragraphs: [
      `Since ${since}, ${name} has missed ${missed}${f.unauthorisedHours ? `, of which ${f.unauthorisedHours} hours without a valid reason` : ''}.`,
      'By law the school has to report this to the attendance officer of the municipality. This is not a punishment: the attendance officer helps to find a solution together.',
      `The attendance officer will contact you. Would you like to talk with us first? You can always email ${f.contactEmail}.`,
    ],
  }),
};
