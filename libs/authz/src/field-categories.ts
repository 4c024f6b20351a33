import type { DataCategory } from '@aanwezig/domain';

/**
 * - a DataCategory: the field holds pupil data of that category
 * - OWN_CATEGORY: the record carries its own category (a minutes section, an action, a timeline entry)
 * - NOT_PUPIL_DATA: ids, timestamps, containers whose items are masked one by one
 * - DOCTOR_PRIVATE: the jeugdarts's private note: only the author's organisation, never on any basis
 * - several DataCategories: the field restates fields of each (a list of the case's organisations names
 *   its school and its involved partners): shown only when every one of them is
 */
export type FieldCategory =
  DataCategory | readonly DataCategory[] | 'OWN_CATEGORY' | 'NOT_PUPIL_DATA' | 'DOCTOR_PRIVATE';

/**
 * Fields that restate the case's `school` and `involvedOrganisations`: the "wie ziet wat" overview,
 * the next meeting, and every person named on a pupil's record (who wrote, owns, recorded or sent it):
 * a name tells which organisation works on the case, and so its school.
 */
const SCHOOL_AND_PARTNERS = ['IDENTITY', 'CLASSIFICATION'] as const satisfies readonly DataCategory[];

/** The categories a field's value tells of (none for OWN_CATEGORY, NOT_PUPIL_DATA and DOCTOR_PRIVATE). */
export function categoriesOf(field: FieldCategory): readonly DataCategory[] {
  if (Array.isArray(field)) return field;
  return field === 'OWN_CATEGORY' || field === 'NOT_PUPIL_DATA' || field === 'DOCTOR_PRIVATE'
    ? []
    : [field as DataCategory];
}

/**
 * Every field of every GraphQL type that can carry pupil data, with its category. The API's field mask
 * reads this map; a test compares it with the schema, so a new field cannot ship without a category.
 */
export const FIELD_CATEGORIES = {
  Case: {
    id: 'NOT_PUPIL_DATA',
    pupil: 'IDENTITY',
    school: 'IDENTITY',
    category: 'CLASSIFICATION',
    typology: 'CLASSIFICATION',
    tier: 'CLASSIFICATION',
    status: 'CLASSIFICATION',
    outcome: 'CLASSIFICATION',
    flaggedForMeeting: 'CLASSIFICATION',
    involvedOrganisations: 'CLASSIFICATION',
    worryFlag: 'WORRY_AND_NOTES',
    mentorNotes: 'WORRY_AND_NOTES',
    homeSituation: 'HOME_SITUATION',
    // The person responsible for the case: a name tells which school works on it.
    owner: SCHOOL_AND_PARTNERS,
    // What the reader may change on the case (libs/authz case-editing); the people offered as owner are
    // there only when the reader may change the owner, and so sees the school and its partners anyway.
    editing: 'NOT_PUPIL_DATA',
    timeline: 'NOT_PUPIL_DATA',
    consents: 'NOT_PUPIL_DATA',
    // What the reader may record a consent for (libs/authz consent-recording); empty unless they hold some of the
    // pupil's data, so the pupil's school among the recipients is told only to those who see the school anyway.
    consentRecording: 'NOT_PUPIL_DATA',
    advice: 'NOT_PUPIL_DATA',
    letters: 'NOT_PUPIL_DATA',
    // Names the school and every involved organisation ("wie ziet wat"): restates `school` and `involvedOrganisations`.
    visibility: SCHOOL_AND_PARTNERS,
    attendance: 'NOT_PUPIL_DATA',
    actions: 'NOT_PUPIL_DATA',
    openActions: 'NOT_PUPIL_DATA',
    openActionCount: 'NOT_PUPIL_DATA',
    // The meeting's title names the school, and being on its agenda restates `flaggedForMeeting`.
    nextMeeting: ['IDENTITY', 'CLASSIFICATION'],
    createdAt: 'NOT_PUPIL_DATA',
    updatedAt: 'NOT_PUPIL_DATA',
    closedAt: 'NOT_PUPIL_DATA',
    version: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
  },
  Pupil: {
    id: 'NOT_PUPIL_DATA',
    givenName: 'IDENTITY',
    familyName: 'IDENTITY',
    displayName: 'IDENTITY',
    dateOfBirth: 'IDENTITY',
    groupName: 'IDENTITY',
    pupilNumber: 'IDENTITY',
    school: 'IDENTITY',
    guardians: 'IDENTITY',
  },
  /**
   * A parent or carer, reached only through a pupil (`Pupil.guardians`, IDENTITY): names, name parts and the
   * postal address are identity data of the pupil's record, shown exactly where the pupil's identity is.
   */
  Parent: {
    id: 'NOT_PUPIL_DATA',
    name: 'IDENTITY',
    relation: 'IDENTITY',
    hasParentalAuthority: 'IDENTITY',
    givenName: 'IDENTITY',
    familyNamePrefix: 'IDENTITY',
    familyName: 'IDENTITY',
    formOfAddress: 'IDENTITY',
    street: 'IDENTITY',
    postalCode: 'IDENTITY',
    city: 'IDENTITY',
  },
  /** A parent in a letter draft: the Parent fields and the e-mail address, for the letter's writer only. */
  GuardianContact: {
    id: 'NOT_PUPIL_DATA',
    name: 'IDENTITY',
    relation: 'IDENTITY',
    hasParentalAuthority: 'IDENTITY',
    givenName: 'IDENTITY',
    familyNamePrefix: 'IDENTITY',
    familyName: 'IDENTITY',
    formOfAddress: 'IDENTITY',
    street: 'IDENTITY',
    postalCode: 'IDENTITY',
    city: 'IDENTITY',
    email: 'IDENTITY',
  },
  TimelineEntry: {
    id: 'NOT_PUPIL_DATA',
    at: 'NOT_PUPIL_DATA',
    actor: SCHOOL_AND_PARTNERS,
    category: 'NOT_PUPIL_DATA',
    kind: 'OWN_CATEGORY',
    summary: 'OWN_CATEGORY',
    params: 'OWN_CATEGORY',
    shielded: 'NOT_PUPIL_DATA',
  },
  Action: {
    id: 'NOT_PUPIL_DATA',
    caseId: 'NOT_PUPIL_DATA',
    category: 'NOT_PUPIL_DATA',
    title: 'OWN_CATEGORY',
    owner: SCHOOL_AND_PARTNERS,
    dueDate: 'NOT_PUPIL_DATA',
    status: 'NOT_PUPIL_DATA',
    overdue: 'NOT_PUPIL_DATA',
    completionNote: 'OWN_CATEGORY',
    completedAt: 'NOT_PUPIL_DATA',
    agendaItemId: 'NOT_PUPIL_DATA',
    createdAt: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
    // What the reader may do to it (mayChangeAction), and who may take it over: names, like the owner's.
    mayChange: 'NOT_PUPIL_DATA',
    ownerCandidates: SCHOOL_AND_PARTNERS,
  },
  MinutesSection: {
    id: 'NOT_PUPIL_DATA',
    category: 'NOT_PUPIL_DATA',
    body: 'OWN_CATEGORY',
    author: SCHOOL_AND_PARTNERS,
    correctsSectionId: 'NOT_PUPIL_DATA',
    createdAt: 'NOT_PUPIL_DATA',
    updatedAt: 'NOT_PUPIL_DATA',
    version: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
  },
  Consent: {
    id: 'NOT_PUPIL_DATA',
    givenByPupil: 'NOT_PUPIL_DATA',
    guardians: 'IDENTITY',
    recordedBy: SCHOOL_AND_PARTNERS,
    method: 'NOT_PUPIL_DATA',
    categories: 'NOT_PUPIL_DATA',
    organisations: 'NOT_PUPIL_DATA',
    purpose: 'NOT_PUPIL_DATA',
    validFrom: 'NOT_PUPIL_DATA',
    validUntil: 'NOT_PUPIL_DATA',
    withdrawnAt: 'NOT_PUPIL_DATA',
    withdrawnBy: SCHOOL_AND_PARTNERS,
    active: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
  },
  Signal: {
    id: 'NOT_PUPIL_DATA',
    rule: 'NOT_PUPIL_DATA',
    label: 'NOT_PUPIL_DATA',
    route: 'NOT_PUPIL_DATA',
    pupil: 'IDENTITY',
    school: 'NOT_PUPIL_DATA',
    value: 'OWN_CATEGORY',
    // What the value counts follows from the rule and the school's sector, not from the pupil.
    unit: 'NOT_PUPIL_DATA',
    windowStart: 'NOT_PUPIL_DATA',
    raisedAt: 'NOT_PUPIL_DATA',
    // When the absence crossed the threshold, and the DUO deadline that follows from it, tell of the absence itself.
    crossedOn: 'OWN_CATEGORY',
    reportDue: 'OWN_CATEGORY',
    status: 'NOT_PUPIL_DATA',
    withdrawnAt: 'NOT_PUPIL_DATA',
    withdrawnReason: 'NOT_PUPIL_DATA',
    legalReport: 'OWN_CATEGORY',
    caseId: 'NOT_PUPIL_DATA',
    // Only a case the reader may open (its own access rule decides); the case page masks its own fields.
    pupilCaseId: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
  },
  AuditSubject: {
    id: 'NOT_PUPIL_DATA',
    displayName: 'IDENTITY',
    pupilNumber: 'IDENTITY',
    groupName: 'IDENTITY',
    dateOfBirth: 'IDENTITY',
    schoolName: 'IDENTITY',
  },
  Attendance: {
    from: 'NOT_PUPIL_DATA',
    to: 'NOT_PUPIL_DATA',
    percentage: 'ATTENDANCE_SUMMARY',
    daysMissed: 'ATTENDANCE_SUMMARY',
    authorisedHours: 'ATTENDANCE_SUMMARY',
    unauthorisedHours: 'UNAUTHORISED_ABSENCE',
    lates: 'UNAUTHORISED_ABSENCE',
    sickReports: 'SICK_LEAVE',
    consecutiveSickSchoolDays: 'SICK_LEAVE',
    weeks: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
  },
  AttendanceWeek: {
    weekStart: 'NOT_PUPIL_DATA',
    schoolDays: 'NOT_PUPIL_DATA',
    authorisedHours: 'ATTENDANCE_SUMMARY',
    unauthorisedHours: 'UNAUTHORISED_ABSENCE',
    shielded: 'NOT_PUPIL_DATA',
  },
  Advice: {
    id: 'NOT_PUPIL_DATA',
    author: SCHOOL_AND_PARTNERS,
    authorOrganisation: SCHOOL_AND_PARTNERS,
    educationAdvice: 'DOCTOR_ADVICE',
    privateNote: 'DOCTOR_PRIVATE',
    createdAt: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
  },
  Decision: {
    id: 'NOT_PUPIL_DATA',
    category: 'NOT_PUPIL_DATA',
    body: 'OWN_CATEGORY',
    author: SCHOOL_AND_PARTNERS,
    createdAt: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
  },
  /** A letter to parents: its text and addressees carry the letter's own category. */
  Letter: {
    id: 'NOT_PUPIL_DATA',
    template: 'NOT_PUPIL_DATA',
    language: 'NOT_PUPIL_DATA',
    category: 'NOT_PUPIL_DATA',
    subject: 'OWN_CATEGORY',
    body: 'OWN_CATEGORY',
    recipients: 'OWN_CATEGORY',
    delivery: 'NOT_PUPIL_DATA',
    sentBy: SCHOOL_AND_PARTNERS,
    sentAt: 'NOT_PUPIL_DATA',
    emailedAt: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
  },
  /** A school's own case in an MSA census, as it stood on the census date. */
  CensusCase: {
    caseId: 'NOT_PUPIL_DATA',
    schoolId: 'NOT_PUPIL_DATA',
    case: 'NOT_PUPIL_DATA',
    category: 'CLASSIFICATION',
    typology: 'CLASSIFICATION',
    status: 'CLASSIFICATION',
    outcome: 'CLASSIFICATION',
    shielded: 'NOT_PUPIL_DATA',
  },
} as const satisfies Record<string, Record<string, FieldCategory>>;

export type MaskedType = keyof typeof FIELD_CATEGORIES;

/**
 * The Case field each case-list filter matches on: a filter follows that field's category, so it
 * matches only where the reader may see the value (the case list and its count are no oracle).
 */
export const CASE_FILTER_FIELDS = {
  status: 'status',
  category: 'category',
  typology: 'typology',
  tier: 'tier',
  schoolId: 'school',
  search: 'pupil',
} as const satisfies Record<string, keyof (typeof FIELD_CATEGORIES)['Case']>;

/** The category a case-list filter follows. */
export function caseFilterCategory(filter: keyof typeof CASE_FILTER_FIELDS): DataCategory {
  return FIELD_CATEGORIES.Case[CASE_FILTER_FIELDS[filter]] as DataCategory;
}
