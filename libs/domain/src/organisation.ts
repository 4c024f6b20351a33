/** Kinds of organisation that work together in a region (DOMAIN.md, "Who works together"). */
export const OrganisationKind = {
  SCHOOL: 'SCHOOL',
  MUNICIPALITY: 'MUNICIPALITY',
  YOUTH_HEALTH: 'YOUTH_HEALTH',
  YOUTH_CARE: 'YOUTH_CARE',
  PARTNERSHIP: 'PARTNERSHIP',
} as const;
export type OrganisationKind = (typeof OrganisationKind)[keyof typeof OrganisationKind];

/** School sectors: primary, secondary, (secondary) special education, vocational. */
export const SchoolSector = { PO: 'PO', VO: 'VO', SO: 'SO', VSO: 'VSO', MBO: 'MBO' } as const;
export type SchoolSector = (typeof SchoolSector)[keyof typeof SchoolSector];

/** PO registers half/whole days in clock hours; the others register per lesson hour. */
export function countsLessonHours(sector: SchoolSector): boolean {
  return sector !== SchoolSector.PO && sector !== SchoolSector.SO;
}
