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

/** How a parent is addressed: "mevrouw", "meneer", or by full name (no title). */
export const FormOfAddress = { MRS: 'MRS', MR: 'MR', NEUTRAL: 'NEUTRAL' } as const;
export type FormOfAddress = (typeof FormOfAddress)[keyof typeof FormOfAddress];

/** A parent or carer as a letter addresses them: the name parts and the postal address the school holds. */
export interface LetterParent {
  /** The name as recorded in one line; used when the parts are not known. */
  name: string;
  givenName?: string | null;
  /** The tussenvoegsel ("de", "van der"), written in lower case. */
  familyNamePrefix?: string | null;
  familyName?: string | null;
  formOfAddress?: FormOfAddress | null;
  /** Street and house number. */
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
}

export interface LetterFacts {
  pupilGivenName: string;
  /** The parents or carers with parental authority the letter is addressed to (at least one). */
  parents: LetterParent[];
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
  /** Starts with the salutation; ends with the writer's name and how to reach them. */
  body: string;
  /** The names and postal addresses as they head the letter on paper, one line each. */
  addressBlock: string;
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
const NUMBER = {
  NL: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }),
  EN: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

/** A figure as the letter's language writes it: 7,5 in Dutch, 7.5 in English. */
export const letterNumber = (n: number, language: LetterLanguage): string => NUMBER[language].format(n);

/** "6 schooldagen", "1 schooldag", "een halve schooldag", "anderhalve schooldag" (and the English forms). */
export function schoolDays(n: number, language: LetterLanguage): string {
  if (language === LetterLanguage.NL) {
    if (n === 0.5) return 'een halve schooldag';
    if (n === 1.5) return 'anderhalve schooldag';
    return `${letterNumber(n, language)} ${n === 1 ? 'schooldag' : 'schooldagen'}`;
  }
  if (n === 0.5) return 'half a school day';
  return `${letterNumber(n, language)} school ${n === 1 ? 'day' : 'days'}`;
}

/**
 * Missed from this many school days on, a letter may say it is a lot: two school weeks. Below it a
 * letter says why the school writes already, not that it is much.
 */
export const MANY_SCHOOL_DAYS = 10;
/** From the 4th sick report in a period a letter may say "often" (the M@ZL threshold). */
export const OFTEN_SICK_REPORTS = 4;
/**
 * Unauthorised absence the school must by law report to the leerplichtambtenaar: 16 hours (in 4 weeks).
 * Below it, or without any, a letter does not claim a legal duty.
 */
export const REPORTABLE_UNAUTHORISED_HOURS = 16;
/**
 * The shortest school day in hours (primary: 330 minutes counted in clock hours). Turning unauthorised
 * hours into days with it never understates the unauthorised share, so "door ziekte" is never overstated.
 */
const SHORTEST_SCHOOL_DAY_HOURS = 5.5;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "De Vries" after a title (the tussenvoegsel capitalised), "de Vries" after a given name or initial. */
function surname(parent: LetterParent, afterGivenName: boolean): string | null {
  if (!parent.familyName) return null;
  const prefix = parent.familyNamePrefix?.trim();
  if (!prefix) return parent.familyName;
  return `${afterGivenName ? prefix.toLowerCase() : capitalise(prefix.toLowerCase())} ${parent.familyName}`;
}

const TITLE = {
  NL: { greeting: { MRS: 'mevrouw', MR: 'meneer' }, address: { MRS: 'mevrouw', MR: 'de heer' } },
  EN: { greeting: { MRS: 'Ms', MR: 'Mr' }, address: { MRS: 'Ms', MR: 'Mr' } },
} as const;

/** How one parent is greeted: "mevrouw Jansen", "meneer De Vries", "Sam de Wit" (no title), or the name as recorded. */
function greetingName(parent: LetterParent, language: LetterLanguage): string {
  const form = parent.formOfAddress;
  if (form && form !== FormOfAddress.NEUTRAL && parent.familyName)
    return `${TITLE[language].greeting[form]} ${surname(parent, false)}`;
  if (parent.givenName && parent.familyName) return `${parent.givenName} ${surname(parent, true)}`;
  return parent.name;
}

/** The initials of the given names: "A.M." for "Anna Maria". */
const initials = (givenName: string) =>
  givenName
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part.charAt(0).toUpperCase()}.`)
    .join('');

/** One parent's name line on the envelope: "mevrouw A. Jansen", "de heer P. de Vries", "S. de Wit". */
function addressName(parent: LetterParent, language: LetterLanguage): string {
  if (!parent.familyName) return parent.name;
  const name = parent.givenName ? `${initials(parent.givenName)} ${surname(parent, true)}` : surname(parent, false)!;
  const form = parent.formOfAddress;
  return form && form !== FormOfAddress.NEUTRAL ? `${TITLE[language].address[form]} ${name}` : name;
}

const joinNames = (names: readonly string[], language: LetterLanguage) =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} ${language === LetterLanguage.NL ? 'en' : 'and'} ${names[names.length - 1]}`;

/**
 * "Beste mevrouw Jansen en meneer De Vries,": each parent by name and title; two with the same surname
 * and a title each are greeted together ("Beste mevrouw en meneer Jansen,").
 */
export function salutation(parents: readonly LetterParent[], language: LetterLanguage): string {
  const opening = language === LetterLanguage.NL ? 'Beste' : 'Dear';
  if (parents.length === 0)
    return `${opening} ${language === LetterLanguage.NL ? 'ouder of verzorger' : 'parent or carer'},`;
  const [a, b] = parents;
  const titled = (p: LetterParent) => p.formOfAddress && p.formOfAddress !== FormOfAddress.NEUTRAL && p.familyName;
  if (parents.length === 2 && titled(a) && titled(b) && surname(a, false) === surname(b, false)) {
    const titles = [a, b].map((p) => TITLE[language].greeting[p.formOfAddress as 'MRS' | 'MR']);
    return `${opening} ${joinNames(titles, language)} ${surname(a, false)},`;
  }
  return `${opening} ${joinNames(
    parents.map((p) => greetingName(p, language)),
    language,
  )},`;
}

const addressLines = (p: LetterParent) =>
  [p.street?.trim(), [p.postalCode?.trim(), p.city?.trim()].filter(Boolean).join('  ')].filter((line): line is string =>
    Boolean(line),
  );

/**
 * The address block: the parents living at one address on one line ("mevrouw A. Jansen en de heer P. de
 * Vries"), then street and house number, then postal code and town; parents at different addresses get a
 * block each. A parent whose address the school does not hold gets the name line alone.
 */
export function addressBlock(parents: readonly LetterParent[], language: LetterLanguage): string {
  const households = new Map<string, LetterParent[]>();
  parents.forEach((p, i) => {
    const lines = addressLines(p);
    const key = lines.length ? lines.join('\n').toLowerCase().replace(/\s+/g, ' ') : `none:${i}`;
    households.set(key, [...(households.get(key) ?? []), p]);
  });
  return [...households.values()]
    .map((household) => {
      const names = household.map((p) => addressName(p, language));
      const first = joinNames(names, language);
      return [capitalise(first), ...addressLines(household[0])].join('\n');
    })
    .join('\n\n');
}

/** A first draft; the writer edits it before sending. Short sentences, no jargon, concrete days. */
export function draftLetter(template: LetterTemplate, language: LetterLanguage, facts: LetterFacts): LetterDraft {
  const nl = language === LetterLanguage.NL;
  const since = (nl ? DUTCH_DATE : ENGLISH_DATE).format(new Date(`${facts.periodFrom}T00:00:00Z`));
  const missed = schoolDays(facts.daysMissed, language);
  const name = facts.pupilGivenName;
  const closing = nl
    ? `Met vriendelijke groet,\n\n${facts.contactName}\n${facts.contactRole}, ${facts.schoolName}\n${facts.contactEmail}`
    : `Kind regards,\n\n${facts.contactName}\n${facts.contactRole}, ${facts.schoolName}\n${facts.contactEmail}`;
  const parts = nl ? DUTCH[template](name, missed, since, facts) : ENGLISH[template](name, missed, since, facts);
  return {
    subject: parts.subject,
    body: [salutation(facts.parents, language), ...parts.paragraphs, closing].join('\n\n'),
    addressBlock: addressBlock(facts.parents, language),
  };
}

const many = (f: LetterFacts) => f.daysMissed >= MANY_SCHOOL_DAYS;
const often = (f: LetterFacts) => f.sickReports !== null && f.sickReports >= OFTEN_SICK_REPORTS;
/**
 * Sickness is the main reason for the days missed: the sick reports are frequent, and the unauthorised
 * absence (known, and counted generously in days) is less than half of the days missed.
 */
const mostlySick = (f: LetterFacts) =>
  often(f) &&
  f.unauthorisedHours !== null &&
  f.daysMissed > 0 &&
  f.unauthorisedHours / SHORTEST_SCHOOL_DAY_HOURS < f.daysMissed / 2;
/** The school is by law bound to report: enough unauthorised absence. */
const reportable = (f: LetterFacts) =>
  f.unauthorisedHours !== null && f.unauthorisedHours >= REPORTABLE_UNAUTHORISED_HOURS;
const unauthorised = (f: LetterFacts) => f.unauthorisedHours !== null && f.unauthorisedHours > 0;
const times = (n: number, language: LetterLanguage) => {
  if (language === LetterLanguage.NL) return n === 1 ? 'één keer' : `${n} keer`;
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
};
const sentences = (...parts: string[]) => parts.filter(Boolean).join(' ');
/** "Sinds … is Stijn één keer ziek gemeld." only for a known figure; no sentence claims reports that are not there. */
const sickSentence = (name: string, since: string, f: LetterFacts, language: LetterLanguage, start: boolean) => {
  const n = f.sickReports;
  if (language === LetterLanguage.NL) {
    if (n === null) return '';
    if (n === 0)
      return start ? `Sinds ${since} is ${name} niet ziek gemeld.` : `${name} is in die tijd niet ziek gemeld.`;
    return start
      ? `Sinds ${since} is ${name} ${times(n, language)} ziek gemeld.`
      : `${name} is in die tijd ${times(n, language)} ziek gemeld.`;
  }
  if (n === null) return '';
  if (n === 0)
    return start
      ? `Since ${since}, ${name} has not been reported ill.`
      : `In that time ${name} has not been reported ill.`;
  return start
    ? `Since ${since}, ${name} has been reported ill ${times(n, language)}.`
    : `In that time ${name} has been reported ill ${times(n, language)}.`;
};

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
      `Sinds ${since} heeft ${name} ${missed} gemist. ${
        many(f) ? 'Dat is veel.' : 'Wij schrijven u nu al, omdat wij er graag op tijd bij zijn.'
      } Wij missen ${name} in de klas.`,
      'Wij willen graag samen met u kijken wat er aan de hand is en hoe wij kunnen helpen. Misschien weet u iets wat wij niet weten.',
      `Wilt u contact met mij opnemen? Dat kan door te mailen naar ${f.contactEmail}. Dan maken wij samen een afspraak.`,
    ],
  }),
  FREQUENT_SICK_LEAVE: (name, missed, since, f) => ({
    subject: often(f)
      ? `${name} is vaak ziek`
      : f.sickReports === 1
        ? `De ziekmelding van ${name}`
        : f.sickReports
          ? `De ziekmeldingen van ${name}`
          : `Het verzuim van ${name}`,
    paragraphs: [
      f.sickReports === null
        ? `Sinds ${since} heeft ${name} ${missed} gemist.`
        : `${sickSentence(name, since, f, LetterLanguage.NL, true)} In totaal heeft ${name} ${missed} gemist.`,
      `${f.sickReports ? 'Wij hopen dat het nu beter gaat. ' : ''}${
        often(f)
          ? 'Als een kind vaak ziek is, willen wij graag weten of wij iets kunnen doen.'
          : 'Wij willen graag weten of wij iets kunnen doen.'
      } Zo blijft ${name} goed meedoen op school.`,
      `Wilt u met ons praten over hoe het met ${name} gaat? Mail of bel mij gerust.`,
    ],
  }),
  INVITATION_TO_TALK: (name, missed, since) => ({
    subject: `Uitnodiging voor een gesprek over ${name}`,
    paragraphs: [
      `Sinds ${since} heeft ${name} ${missed} gemist. Wij willen graag met u en ${name} praten over hoe het gaat, thuis en op school.`,
      'In het gesprek kijken wij samen wat nodig is. U mag iemand meenemen als u dat prettig vindt.',
      'Wilt u laten weten welke dag en tijd u het beste uitkomt? Dan plannen wij het gesprek.',
    ],
  }),
  DOCTOR_REFERRAL: (name, missed, since, f) => ({
    subject: `Een gesprek met de jeugdarts over ${name}`,
    paragraphs: [
      sentences(
        mostlySick(f)
          ? `Sinds ${since} heeft ${name} ${missed} gemist, vaak door ziekte.`
          : `Sinds ${since} heeft ${name} ${missed} gemist.`,
        mostlySick(f) ? '' : sickSentence(name, since, f, LetterLanguage.NL, false),
        `Wij willen graag dat de jeugdarts van de GGD met u en ${name} meedenkt.`,
      ),
      'De jeugdarts is onafhankelijk en heeft een beroepsgeheim. Zij vertelt de school alleen wat nodig is voor school, en alleen als u daar toestemming voor geeft.',
      'Wij vragen u daarom om toestemming. Wilt u het formulier invullen, of mij laten weten dat u akkoord bent? Heeft u vragen, neem dan contact met mij op.',
    ],
  }),
  ATTENDANCE_OFFICER_INVOLVED: (name, missed, since, f) => ({
    subject: `De leerplichtambtenaar wordt ingeschakeld voor ${name}`,
    paragraphs: [
      `Sinds ${since} heeft ${name} ${missed} gemist${f.unauthorisedHours ? `, waarvan ${letterNumber(f.unauthorisedHours, LetterLanguage.NL)} uur zonder geldige reden` : ''}.`,
      `${
        reportable(f)
          ? 'De school moet dit volgens de wet melden bij de leerplichtambtenaar van de gemeente.'
          : unauthorised(f)
            ? 'Daarom schakelt de school de leerplichtambtenaar van de gemeente in.'
            : 'Vanwege het aantal gemiste schooldagen schakelt de school de leerplichtambtenaar van de gemeente in.'
      } Dat doen wij niet om te straffen. De leerplichtambtenaar helpt om samen een oplossing te vinden.`,
      `De leerplichtambtenaar neemt contact met u op. Wilt u eerst met ons praten? Dat kan altijd: mail naar ${f.contactEmail}.`,
    ],
  }),
};

const ENGLISH: Record<LetterTemplate, Parts> = {
  FIRST_WORRY: (name, missed, since, f) => ({
    subject: `We are worried about ${name}`,
    paragraphs: [
      `Since ${since}, ${name} has missed ${missed}. ${
        many(f) ? 'That is a lot.' : 'We are writing to you now because we like to be in good time.'
      } We miss ${name} in class.`,
      'We would like to find out together with you what is going on and how we can help. You may know something we do not.',
      `Could you get in touch with me? You can email ${f.contactEmail}, and we will make an appointment together.`,
    ],
  }),
  FREQUENT_SICK_LEAVE: (name, missed, since, f) => ({
    subject: often(f)
      ? `${name} is often ill`
      : f.sickReports === 1
        ? `${name}'s sick report`
        : f.sickReports
          ? `${name}'s sick reports`
          : `${name}'s absence`,
    paragraphs: [
      f.sickReports === null
        ? `Since ${since}, ${name} has missed ${missed}.`
        : `${sickSentence(name, since, f, LetterLanguage.EN, true)} In total ${name} has missed ${missed}.`,
      `${f.sickReports ? 'We hope things are better now. ' : ''}${
        often(f)
          ? 'When a child is often ill, we would like to know if we can do something.'
          : 'We would like to know if we can do something.'
      } That way ${name} keeps up at school.`,
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
  DOCTOR_REFERRAL: (name, missed, since, f) => ({
    subject: `A talk with the youth doctor about ${name}`,
    paragraphs: [
      sentences(
        mostlySick(f)
          ? `Since ${since}, ${name} has missed ${missed}, often because of illness.`
          : `Since ${since}, ${name} has missed ${missed}.`,
        mostlySick(f) ? '' : sickSentence(name, since, f, LetterLanguage.EN, false),
        `We would like the youth doctor of the GGD to think along with you and ${name}.`,
      ),
      'The youth doctor is independent and bound by medical confidentiality. She only tells the school what matters for school, and only with your consent.',
      'We therefore ask for your consent. Could you fill in the form, or let me know that you agree? If you have questions, please contact me.',
    ],
  }),
  ATTENDANCE_OFFICER_INVOLVED: (name, missed, since, f) => ({
    subject: `The attendance officer will be involved for ${name}`,
    paragraphs: [
      `Since ${since}, ${name} has missed ${missed}${f.unauthorisedHours ? `, of which ${letterNumber(f.unauthorisedHours, LetterLanguage.EN)} hours without a valid reason` : ''}.`,
      `${
        reportable(f)
          ? 'By law the school has to report this to the attendance officer of the municipality.'
          : unauthorised(f)
            ? 'The school is therefore involving the attendance officer of the municipality.'
            : 'Because of the number of school days missed, the school is involving the attendance officer of the municipality.'
      } This is not a punishment: the attendance officer helps to find a solution together.`,
      `The attendance officer will contact you. Would you like to talk with us first? You can always email ${f.contactEmail}.`,
    ],
  }),
};
