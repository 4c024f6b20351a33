// Declarations for tools/oidc-test-provider.mjs: a real OpenID Provider (oidc-provider) for tests.

/** A person the provider knows; they sign in with `email` on the login page. */
export interface TestAccount {
  sub: string;
  email: string;
  name: string;
}

/** A relying party registered at the provider (client_secret_basic or client_secret_post). */
export interface TestClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
}

/**
 * What the man in the middle does to the id_token of the next successful token response:
 * 'signature' flips characters in its signature; 'expired' re-signs it with exp an hour ago (iat 10 minutes before that);
 * 'issuer' re-signs it with iss 'https://evil.example'; 'nonce' re-signs it with a different nonce.
 * Re-signing uses the provider's own key, so only the claim checks catch it.
 */
export type TamperMode = 'signature' | 'expired' | 'issuer' | 'nonce';

export interface TestProvider {
  /** http://127.0.0.1:<port>, no trailing slash; discovery at issuer + '/.well-known/openid-configuration'. */
  readonly issuer: string;
  /** Closes the HTTP server and all its connections. */
  stop(): Promise<void>;
  /** Applies to the next successful token response that carries an id_token, then resets to null. Unknown modes throw. */
  tamper: null | TamperMode;
  /** Read on every login and token request: tests may push to it or replace it. Logins match `email` case-insensitively. */
  accounts: TestAccount[];
}

/** `acr` after a login with the second factor; `amr` is then ['pwd', 'otp']. */
export declare const ACR_MFA: 'urn:aanwezig:test:mfa';
/** `acr` after a login without the second factor; `amr` is then ['pwd']. */
export declare const ACR_PWD: 'urn:aanwezig:test:pwd';

/** Starts a provider on 127.0.0.1 (port 0, the default, picks a free port). */
export declare function startTestProvider(options: {
  /** Shown on the login page: "Inloggen bij <name>". */
  name: string;
  accounts: TestAccount[];
  clients: TestClient[];
  port?: number;
}): Promise<TestProvider>;

/**
 * Plays the browser from the authorization URL to the provider's redirect out of the issuer (the relying party's
 * redirect_uri with code and state, or with error) and returns that URL without fetching it. `cancel` presses
 * "Annuleren": the redirect then carries error=access_denied. Throws if the login is unknown ("Onbekend account")
 * or the flow breaks (the message quotes the provider's page).
 */
export declare function authorizeAt(
  authorizationUrl: string,
  options: { login: string; mfa?: boolean; cancel?: boolean },
): Promise<string>;
