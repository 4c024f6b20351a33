import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor, AppAbility } from '@aanwezig/authz';
import type { ActingAs } from './acting-as';
import { isUuid } from '../database/uuid';

/** What the auth guard attaches to the request. */
export interface AuthenticatedRequest extends Request {
  actor?: Actor;
  ability?: AppAbility;
  actingAs?: ActingAs | null;
  /** The session the request was signed in with, and how it was presented. */
  authSession?: RequestSession;
  /** The page view this request belongs to (see ClientInfo.view), set on first use. */
  auditView?: string;
}

/** The session a request came with: its row's id, and whether a bearer token or the cookie presented it. */
export interface RequestSession {
  id: string;
  via: 'bearer' | 'cookie';
  /** Its absolute end (seconds since the epoch): a session made from it (actAs) ends no later. */
  expiresAt: number;
}

export interface GraphQLContext {
  req: AuthenticatedRequest;
  res: Response;
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** Where a request came from, for the audit log. */
export interface ClientInfo {
  address: string | null;
  userAgent: string | null;
  /**
   * The page view the request is part of, for the audit log: the web client's `X-Aanwezig-View` (a uuid
   * it makes per page it shows), else one for this request alone. Reads of the same record alike in one
   * view are logged once (modules/audit/audit.ts).
   */
  view?: string;
}

/** The header with which the web client names the page view a request belongs to. */
export const VIEW_HEADER = 'x-aanwezig-view';

/** The signed-in actor and their ability; only on methods that are not @Public. */
export interface Session {
  actor: Actor;
  ability: AppAbility;
  client?: ClientInfo;
  /** The one membership the session works as, if the user chose one. */
  actingAs?: ActingAs | null;
  /** The session row the request came with (absent for work done on someone's behalf, e.g. the scheduler). */
  signedIn?: RequestSession;
}

export function clientOf(req: AuthenticatedRequest): ClientInfo {
  const view = req.get(VIEW_HEADER);
  req.auditView ??= view && isUuid(view) ? view.toLowerCase() : randomUUID();
  return { address: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 300) ?? null, view: req.auditView };
}

/** The session the auth guard attached to this request; only after the guard, on methods that are not @Public. */
export function sessionOf(req: AuthenticatedRequest): Session {
  if (!req.actor || !req.ability) throw new Error('CurrentSession used on a method without authentication');
  return {
    actor: req.actor,
    ability: req.ability,
    client: clientOf(req),
    actingAs: req.actingAs ?? null,
    signedIn: req.authSession,
  };
}

export const CurrentSession = createParamDecorator((_data: unknown, context: ExecutionContext): Session =>
  sessionOf(requestOf(context)),
);
