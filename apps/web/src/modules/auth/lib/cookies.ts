/** The session's CSRF cookie (set by the server at sign-in, readable by the page; the session cookie itself is HttpOnly). */
export const CSRF_COOKIE = 'aanwezig_csrf';
/** The header every GraphQL request carries the CSRF cookie's value in. */
export const CSRF_HEADER = 'X-CSRF-Token';

/** A cookie's value as the page sees it now (`document.cookie`), or null when it is not set. */
export function readCookie(name: string, cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const pair = part.trim();
    const equals = pair.indexOf('=');
    if (equals < 0 || pair.slice(0, equals) !== name) continue;
    const value = pair.slice(equals + 1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}

/** The CSRF token of the session this browser holds now, read at request time; null when signed out. */
export function readCsrfToken(): string | null {
  return readCookie(CSRF_COOKIE);
}
