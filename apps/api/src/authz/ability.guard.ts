import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { defineAbilityFor } from '@aanwezig/authz';
import { AuthError } from '../core/errors/app-error';
import { ActorLoader } from '../core/auth/actor.loader';
import { PERMISSION_KEY, type PermissionDeclaration } from './permission.decorator';
import { requestOf } from '../core/auth/request-context';
import { TokenService } from '../core/auth/token.service';

/**
 * The global gate. Fails closed: a handler without a permission declaration is refused, a missing or
 * invalid token is UNAUTHENTICATED, and a declared ability the actor lacks is FORBIDDEN.
 */
@Injectable()
export class AbilityGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly actors: ActorLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const declaration = this.reflector.getAllAndOverride<PermissionDeclaration | undefined>(PERMISSION_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!declaration) throw new AuthError('FORBIDDEN', { reason: 'auth.notAllowed' });
    if (declaration.kind === 'public') return true;

    const req = requestOf(context);
    const token = bearerToken(req.headers.authorization);
    const subject = token ? await this.tokens.verify(token) : null;
    const actor = subject ? await this.actors.load(subject.userId, undefined, subject.actingAs) : null;
    if (!actor) throw new AuthError('UNAUTHENTICATED', { reason: 'auth.sessionExpired' });

    const ability = defineAbilityFor(actor);
    req.actor = actor;
    req.actingAs = subject!.actingAs;
    req.ability = ability;
    if (declaration.kind === 'ability' && !ability.can(declaration.action, declaration.subject)) {
      throw new AuthError('FORBIDDEN', { reason: 'auth.noAccess' });
    }
    return true;
  }
}

function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1] : null;
}
