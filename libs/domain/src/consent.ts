/** How a consent was given. */
export const ConsentMethod = { PAPER: 'PAPER', PHONE: 'PHONE', IN_PERSON: 'IN_PERSON', DIGITAL: 'DIGITAL' } as const;
export type ConsentMethod = (typeof ConsentMethod)[keyof typeof ConsentMethod];

/** Whole years of age on a date (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export interface RequiredGivers {
  pupil: boolean;
  guardianIds: string[];
}

/**
 * Who must give consent for health-related data (Dutch rules, DOMAIN.md): under 12 the parents with
 * parental authority; 12 to 15 the pupil and those parents; 16 and older the pupil alone. Every parent
 * who holds authority must consent, not just one.
 */
export function requiredGivers(age: number, guardiansWithAuthority: readonly string[]): RequiredGivers {
  if (age >= 16) return { pupil: true, guardianIds: [] };
  return { pupil: age >= 12, guardianIds: [...guardiansWithAuthority] };
}

/** What is missing from the given consent; empty when it is complete. */
export function missingGivers(
  required: RequiredGivers,
  given: { pupil: boolean; guardianIds: readonly string[] },
): { pupil: boolean; guardianIds: string[] } {
  return {
    pupil: required.pupil && !given.pupil,
    guardianIds: required.guardianIds.filter((id) => !given.guardianIds.includes(id)),
  };
}

/** Active on a date: started, not expired, not withdrawn (validUntil inclusive). */
export function consentActive(
  consent: { validFrom: string; validUntil: string | null; withdrawnAt: Date | null },
  today: string,
): boolean {
  return (
    consent.withdrawnAt === null &&
    consent.validFrom <= today &&
    (consent.validUntil === null || consent.validUntil >= today)
  );
}
