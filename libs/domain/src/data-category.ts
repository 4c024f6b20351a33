/**
 * Categories of pupil data (DOMAIN.md, "Who may see what"). Every field that holds pupil data has one;
 * the visibility matrix in libs/authz decides per category who may see it and on which basis.
 */
export const DataCategory = {
  IDENTITY: 'IDENTITY',
  UNAUTHORISED_ABSENCE: 'UNAUTHORISED_ABSENCE',
  ATTENDANCE_SUMMARY: 'ATTENDANCE_SUMMARY',
  SICK_LEAVE: 'SICK_LEAVE',
  CLASSIFICATION: 'CLASSIFICATION',
  WORRY_AND_NOTES: 'WORRY_AND_NOTES',
  HOME_SITUATION: 'HOME_SITUATION',
  DOCTOR_ADVICE: 'DOCTOR_ADVICE',
} as const;
export type DataCategory = (typeof DataCategory)[keyof typeof DataCategory];

export const DATA_CATEGORY_LABEL_NL: Record<DataCategory, string> = {
  IDENTITY: 'Identiteit, school en klas',
  UNAUTHORISED_ABSENCE: 'Ongeoorloofd verzuim',
  ATTENDANCE_SUMMARY: 'Aanwezigheid en gemiste dagen',
  SICK_LEAVE: 'Ziekteverzuim en redenen van geoorloofd verzuim',
  CLASSIFICATION: 'Typologie, categorie, niveau en status',
  WORRY_AND_NOTES: 'Zorgen en notities van de mentor',
  HOME_SITUATION: 'Thuissituatie',
  DOCTOR_ADVICE: 'Advies van de jeugdarts',
};
