import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { CSRF_HEADER, readCsrfToken } from '../modules/auth/lib/cookies';
import { currentPageView, VIEW_HEADER } from '../modules/privacy/lib/page-view';

export interface SessionEvents {
  /** The server answered UNAUTHENTICATED: the session ended (its reason, `extensions.reason`). */
  onUnauthenticated(reason: unknown): void;
  /**
   * The session cookie this client started with is no longer the browser's: another tab signed in, or
   * `gone` (signed out in another tab, or the session's absolute end, when the browser drops the cookies).
   */
  onSessionChanged(gone: boolean): void;
}

/**
 * One urql client per session (App's Shell makes a new one at every sign-in, sign-out and switch). The
 * session is the server's HttpOnly cookie, which the browser sends itself; each request carries the
 * session's CSRF token (the readable `aanwezig_csrf` cookie, read at request time) and the page view.
 */
export function createGraphQLClient(events: SessionEvents): Client {
  const startedWith = readCsrfToken();
  return new Client({
    url: '/graphql',
    // POST only: the API's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError(error) {
          const unauthenticated = error.graphQLErrors.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (unauthenticated) events.onUnauthenticated(unauthenticated.extensions?.reason);
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: (): RequestInit => {
      const csrf = readCsrfToken();
      if (csrf !== startedWith) queueMicrotask(() => events.onSessionChanged(csrf === null));
      const headers: Record<string, string> = csrf ? { [CSRF_HEADER]: csrf } : {};
      // The page view, so the access log writes one row per record seen on a page, not one per request.
      headers[VIEW_HEADER] = currentPageView();
      return { headers, credentials: 'same-origin' };
    },
  });
}
