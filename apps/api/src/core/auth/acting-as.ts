import type { Role } from '@aanwezig/domain';

/**
 * The one membership a user chose to work as ("werken als"), carried in their token. Without it a
 * user with several memberships works with all of them together.
 */
export interface ActingAs {
  organisationId: string;
  role: Role;
}
