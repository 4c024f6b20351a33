import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { parse } from 'cookie';
import type { AppConfig } from '../config/config';
import type { OpenedSession } from './session.service';

/** The web client's session: HttpOnly, so no script (and no injected one) can read it. */
export const SESSION_COOKIE = 'aanwezig_session';
/** The session's CSRF token, readable by the web client, which sends it back in CSRF_HEADER. */
export const CSRF_COOKIE = 'aanwezig_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Where a request's token came from: a cookie-authenticated write must also carry the CSRF token. */
export interface PresentedToken {
  token: string;
  via: 'bearer' | 'cookie';
}

/** The bearer token if there is one (API clients, tests), else the session cookie (the web client). */
export function presentedToken(headers: { authorization?: string; cookie?: string }): PresentedToken | null {
  const bearer = headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return { token: bearer, via: 'bearer' };
  const cookie = cookieOf(headers, SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/** One cookie's value in a request's Cookie header, or null. */
export function cookieOf(headers: { cookie?: string }, name: string): string | null {
  return (headers.cookie ? parse(headers.cookie)[name] : undefined) ?? null;
}

/** Secure outside development: an https address or production. Browsers accept Secure cookies on http://localhost too. */
export function secureCookies(config: Pick<AppConfig, 'env' | 'appUrl'>): boolean {
  return config.env === 'production' || (config.appUrl ?? '').startsWith('https:');
}

/**
 * Sets the session's cookies. SameSite=Lax: sent when the provider sends the browser back to the
 * callback (a cross-site top-level navigation), never with a cross-site form post or fetch. No expiry:
 * they go when the browser closes (a shared computer), and the session row ends by itself anyway.
 */
export function setSessionCookies(
  res: Response,
  opened: OpenedSession,
  config: Pick<AppConfig, 'env' | 'appUrl'>,
): void {
  const common = { sameSite: 'lax' as const, secure: secureCookies(config), path: '/' };
  res.cookie(SESSION_COOKIE, opened.token, { ...common, httpOnly: true });
  res.cookie(CSRF_COOKIE, opened.session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(res: Response, config: Pick<AppConfig, 'env' | 'appUrl'>): void {
  const common = { sameSite: 'lax' as const, secure: secureCookies(config), path: '/' };
  res.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  res.clearCookie(CSRF_COOKIE, common);
}

/** The session cookie a request carries, if any (to end the browser's previous session at a new sign-in). */
export function sessionCookieOf(headers: { cookie?: string }): string | null {
  return cookieOf(headers, SESSION_COOKIE);
}

/** Whether a cookie-authenticated request carries its session's CSRF token (compared in constant time). */
export function carriesCsrfToken(req: Request, expected: string): boolean {
  const sent = req.get(CSRF_HEADER);
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Methods that change nothing: a cookie alone is enough for them (downloads opened as links). */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
