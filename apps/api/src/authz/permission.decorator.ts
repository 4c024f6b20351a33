import { SetMetadata } from '@nestjs/common';
import type { Action, Subject } from '@aanwezig/authz';

export const PERMISSION_KEY = 'aanwezig:permission';

/** What a resolver method requires. Every method declares one; the guard refuses methods that do not. */
export type PermissionDeclaration =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'ability'; action: Action; subject: Subject };

/** Open to anyone, signed in or not (sign-in itself, health). */
export const Public = () => SetMetadata(PERMISSION_KEY, { kind: 'public' } satisfies PermissionDeclaration);

/** Any signed-in user; the service decides per record. */
export const Authenticated = () =>
  SetMetadata(PERMISSION_KEY, { kind: 'authenticated' } satisfies PermissionDeclaration);

/** The actor's ability must allow `action` on some `subject`; the service still checks each record. */
export const Allow = (action: Action, subject: Subject) =>
  SetMetadata(PERMISSION_KEY, { kind: 'ability', action, subject } satisfies PermissionDeclaration);
