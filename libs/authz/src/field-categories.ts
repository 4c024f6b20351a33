import type { DataCategory } from '@aanwezig/domain';

/**
 * - a DataCategory: the field holds pupil data of that category
 * - OWN_CATEGORY: the record carries its own category (a minutes section, an action, a timeline entry)
 * - NOT_PUPIL_DATA: ids, timestamps, containers whose items are masked one by one
 * - DOCTOR_PRIVATE: the jeugdarts's private note: only the author's organisation, never on any basis
 */
export type FieldCategory = DataCategory | 'OWN_CATEGORY' | 'NOT_PUPIL_DATA' | 'DOCTOR_PRIVATE';

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
    timeline: 'NOT_PUPIL_DATA',
    consents: 'NOT_PUPIL_DATA',
    advice: 'NOT_PUPIL_DATA',
    attendance: 'NOT_PUPIL_DATA',
    actions: 'NOT_PUPIL_DATA',
    openActions: 'NOT_PUPIL_DATA',
    openActionCount: 'NOT_PUPIL_DATA',
    nextMeeting: 'NOT_PUPIL_DATA',
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
  },
  TimelineEntry: {
    id: 'NOT_PUPIL_DATA',
    at: 'NOT_PUPIL_DATA',
    actor: 'NOT_PUPIL_DATA',
    category: 'NOT_PUPIL_DATA',
    kind: 'OWN_CATEGORY',
    summary: 'OWN_CATEGORY',
    shielded: 'NOT_PUPIL_DATA',
  },
  Action: {
    id: 'NOT_PUPIL_DATA',
    caseId: 'NOT_PUPIL_DATA',
    category: 'NOT_PUPIL_DATA',
    title: 'OWN_CATEGORY',
    owner: 'NOT_PUPIL_DATA',
    dueDate: 'NOT_PUPIL_DATA',
    status: 'NOT_PUPIL_DATA',
    overdue: 'NOT_PUPIL_DATA',
    completionNote: 'OWN_CATEGORY',
    completedAt: 'NOT_PUPIL_DATA',
    agendaItemId: 'NOT_PUPIL_DATA',
    createdAt: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
  },
  MinutesSection: {
    id: 'NOT_PUPIL_DATA',
    category: 'NOT_PUPIL_DATA',
    body: 'OWN_CATEGORY',
    author: 'NOT_PUPIL_DATA',
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
    recordedBy: 'NOT_PUPIL_DATA',
    method: 'NOT_PUPIL_DATA',
    categories: 'NOT_PUPIL_DATA',
    organisations: 'NOT_PUPIL_DATA',
    purpose: 'NOT_PUPIL_DATA',
    validFrom: 'NOT_PUPIL_DATA',
    validUntil: 'NOT_PUPIL_DATA',
    withdrawnAt: 'NOT_PUPIL_DATA',
    withdrawnBy: 'NOT_PUPIL_DATA',
    active: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
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
    shielded: 'NOT_PUPIL_DATA',
  },
  Advice: {
    id: 'NOT_PUPIL_DATA',
    author: 'NOT_PUPIL_DATA',
    authorOrganisation: 'NOT_PUPIL_DATA',
    educationAdvice: 'DOCTOR_ADVICE',
    privateNote: 'DOCTOR_PRIVATE',
    createdAt: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
  },
  Decision: {
    id: 'NOT_PUPIL_DATA',
    category: 'NOT_PUPIL_DATA',
    body: 'OWN_CATEGORY',
    author: 'NOT_PUPIL_DATA',
    createdAt: 'NOT_PUPIL_DATA',
    shielded: 'NOT_PUPIL_DATA',
  },
} as const satisfies Record<string, Record<string, FieldCategory>>;

export type MaskedType = keyof typeof FIELD_CATEGORIES;
