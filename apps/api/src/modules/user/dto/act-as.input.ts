import type { Role } from '@aanwezig/domain';
import { InputError } from '../../../core/errors/input';

/**
 * actAs takes an organisation and a role together (one membership), or neither (all of them together);
 * one without the other is refused naming the missing one.
 */
export function checkActAs(organisationId: string | null | undefined, role: Role | null | undefined): void {
  if (!organisationId !== !role)
    throw new InputError(organisationId ? 'role' : 'organisationId', 'user.organisationAndRoleTogether');
}
