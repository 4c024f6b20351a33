import { Client, cacheExchange, fetchExchange, mapExchange } from 'urql';
import { readToken } from '../modules/auth/hooks/session';
import { currentPageView, VIEW_HEADER } from '../modules/privacy/lib/page-view';

/** One urql client for the app; the bearer token is read per request, and an expired session signs out. */
export function createGraphQLClient(onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    // POST only: the API's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError(error) {
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: (): RequestInit => {
      const token = readToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      // The page view, so the access log writes one row per record seen on a page, not one per request.
      headers[VIEW_HEADER] = currentPageView();
      return { headers };
    },
  });
}
