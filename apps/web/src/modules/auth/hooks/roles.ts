import type { MeQuery } from '../../../generated/graphql';

type Me = MeQuery['me'] | undefined;

/**
 * What the signed-in user may do, as the server says (`me.capabilities`, from the same ability the API
 * decides with): the client keeps no role lists. Only to offer what the API would allow; it decides.
 */
export function capabilitiesOf(me: Me) {
  return me?.capabilities ?? null;
}

/** Whether the user runs a school's follow-up (coordinator or leader): of this school, or of any school. */
export function managesSchool(me: Me, schoolId?: string): boolean {
  const managed = me?.capabilities?.managedSchoolIds ?? [];
  return schoolId ? managed.includes(schoolId) : managed.length > 0;
}

/** Who works on cases (the privacy officer and the functional administrator see no case content). */
export function worksOnCases(me: Me): boolean {
  return Boolean(me?.capabilities?.readCases);
}

export function receivesSignals(me: Me): boolean {
  return Boolean(me?.capabilities?.receiveSignals);
}
