/**
 * A browser's side of HTTP for API tests: a cookie jar (name → value, as the server set them) and
 * requests that send those cookies and do not follow redirects, so each step of a sign-in can be seen.
 */
export class BrowserClient {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** GET a path or URL of the app (another origin's URL is fetched on the app's origin, as its redirect_uri). */
  async get(pathOrUrl: string): Promise<Response> {
    const url = new URL(pathOrUrl, this.baseUrl);
    const response = await fetch(`${this.baseUrl}${url.pathname}${url.search}`, {
      redirect: 'manual',
      headers: this.cookieHeader(),
    });
    this.remember(response);
    return response;
  }

  /** POST GraphQL with the cookies; `csrf` sends the CSRF cookie's value back in X-CSRF-Token, as the web client does. */
  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    { csrf = true, origin }: { csrf?: boolean; origin?: string } = {},
  ): Promise<{ data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...this.cookieHeader(),
        ...(csrf && this.cookies.has('aanwezig_csrf') ? { 'x-csrf-token': this.cookies.get('aanwezig_csrf')! } : {}),
        ...(origin ? { origin } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    this.remember(response);
    return (await response.json()) as never;
  }

  private cookieHeader(): Record<string, string> {
    if (this.cookies.size === 0) return {};
    return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
  }

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const expires = attributes.find((a) => a.toLowerCase().startsWith('expires='));
      const gone = value === '' || (expires && new Date(expires.slice(8)).getTime() < Date.now());
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
