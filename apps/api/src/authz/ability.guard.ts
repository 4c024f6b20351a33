import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { defineAbilityFor } from '@aanwezig/authz';
import { AuthError } from '../core/errors/app-error';
import { PERMISSION_KEY, type PermissionDeclaration } from './permission.decorator';
import { requestOf } from '../core/auth/request-context';
import { SessionService } from '../core/auth/session.service';
import { carriesCsrfToken, presentedToken, SAFE_METHODS } from '../core/auth/session-cookies';

/**
 * The global gate. Fails closed: a handler without a permission declaration is refused; a missing,
 * ended or expired session is UNAUTHENTICATED; a cookie-authenticated write without its session's CSRF
 * token is FORBIDDEN (a bearer token is never sent by a browser on its own); and a declared ability the
 * actor lacks is FORBIDDEN.
 */
@Injectable()
export class AbilityGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = this.reflector.getAllAndOverride<PermissionDeclaration | undefined>(PERMISSION_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!declaration) throw new AuthError('FORBIDDEN', { reason: 'auth.notAllowed' });
    if (declaration.kind === 'public') return true;

    const req = requestOf(context);
    const presented = presentedToken(req.headers);
    const found = presented ? await this.sessions.resolve(presented.token) : null;
    if (!found) throw new AuthError('UNAUTHENTICATED', { reason: 'auth.sessionExpired' });
    // GraphQL over GET too (a query reads pupil data); only a download by plain GET goes on the cookie alone.
    const needsCsrf = context.getType<string>() === 'graphql' || !SAFE_METHODS.has(req.method);
    if (presented!.via === 'cookie' && needsCsrf && !carriesCsrfToken(req, found.session.csrfToken))
      throw new AuthError('FORBIDDEN', { reason: 'auth.csrf' });

    const ability = defineAbilityFor(found.actor);
    req.actor = found.actor;
    req.actingAs = found.session.actingAs;
    req.authSession = { id: found.session.id, via: presented!.via, expiresAt: found.session.expiresAt };
    req.ability = ability;
    if (declaration.kind === 'ability' && !ability.can(declaration.action, declaration.subject)) {
      throw new AuthError('FORBIDDEN', { reason: 'auth.noAccess' });
    }
    return true;
  }
}
