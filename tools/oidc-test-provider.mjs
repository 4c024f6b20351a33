/**
 * A real OpenID Provider for tests, run in-process: `oidc-provider` configured as an organisation's
 * identity provider would be (authorization code flow with PKCE S256, client_secret_basic or _post,
 * ID tokens signed RS256 with a key generated at start), with its own small Dutch login page instead of
 * oidc-provider's development pages. The login page asks only for the e-mail address and whether the
 * person signs in "with a second factor"; that choice decides the ID token's `amr` and `acr`, so the
 * relying party's multi-factor rule can be tested. Consent is granted automatically. Every
 * authorization request shows the login page again (no single sign-on between requests), so a test
 * chooses the account and the factor each time. `tamper` puts a man in the middle on the next token
 * response, so tests can show that the relying party rejects a forged, expired, foreign or replayed
 * ID token. `authorizeAt` plays the browser for API tests; browser tests fill the page by its labels.
 * Several providers (one per organisation) can run in one process, each on its own port.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';

import { CompactSign, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair } from 'jose';
import Provider, { interactionPolicy } from 'oidc-provider';

/** @typedef {import('./oidc-test-provider.d.mts').TestAccount} TestAccount */
/** @typedef {import('./oidc-test-provider.d.mts').TestClient} TestClient */
/** @typedef {import('./oidc-test-provider.d.mts').TestProvider} TestProvider */
/** @typedef {import('./oidc-test-provider.d.mts').TamperMode} TamperMode */

/** The `acr` values this provider issues; `amr` follows the same choice. */
export const ACR_MFA = 'urn:aanwezig:test:mfa';
export const ACR_PWD = 'urn:aanwezig:test:pwd';
const AMR_MFA = ['pwd', 'otp'];
const AMR_PWD = ['pwd'];

/** @type {readonly TamperMode[]} */
const TAMPER_MODES = ['signature', 'expired', 'issuer', 'nonce'];

/** Lifetimes in seconds. */
const TOKEN_TTL = 600;
const CODE_TTL = 60;
const INTERACTION_TTL = 600;

/**
 * @param {{ name: string; accounts: TestAccount[]; clients: TestClient[]; port?: number }} options
 * @returns {Promise<TestProvider>}
 */
export async function startTestProvider({ name, accounts, clients, port = 0 }) {
  /** @type {(req: http.IncomingMessage, res: http.ServerResponse) => void} */
  let handle = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = http.createServer((req, res) => handle(req, res));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('oidc-test-provider: no TCP address');
  const issuer = `http://127.0.0.1:${address.port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `test-${address.port}-${randomUUID().slice(0, 8)}`;
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };

  /** @type {TamperMode | null} */
  let tamper = null;
  /** @type {TestProvider} */
  const testProvider = {
    issuer,
    accounts,
    get tamper() {
      return tamper;
    },
    set tamper(mode) {
      if (mode !== null && !TAMPER_MODES.includes(mode)) {
        throw new TypeError(`oidc-test-provider: unknown tamper mode ${JSON.stringify(mode)}`);
      }
      tamper = mode;
    },
    stop: async () => {
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
    },
  };

  /** @param {string} sub */
  const accountBySub = (sub) => testProvider.accounts.find((a) => a.sub === sub);
  /** @param {string} login */
  const accountByLogin = (login) => {
    const wanted = login.trim().toLowerCase();
    return wanted ? testProvider.accounts.find((a) => a.email.toLowerCase() === wanted) : undefined;
  };

  // Every authorization request asks for a fresh login: an existing provider session is not enough.
  const policy = interactionPolicy.base();
  const loginPrompt = policy.get('login');
  if (!loginPrompt) throw new Error('oidc-test-provider: oidc-provider has no login prompt');
  loginPrompt.checks.add(
    new interactionPolicy.Check('fresh_login', 'the test provider asks for a login on every request', (ctx) =>
      ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
    ),
  );

  const cookiePrefix = `op${address.port}`;
  const provider = new Provider(issuer, {
    adapter: memoryAdapter(),
    clients: clients.map((client) => ({
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      ...client,
    })),
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    responseTypes: ['code'],
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile'],
    acrValues: [ACR_PWD, ACR_MFA],
    claims: {
      acr: null,
      amr: null,
      auth_time: null,
      sid: null,
      iss: null,
      openid: ['sub', 'acr', 'amr'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    // The ID token carries the scope claims too (not only the userinfo endpoint).
    conformIdTokenClaims: false,
    findAccount: async (_ctx, sub) => {
      const account = accountBySub(sub);
      if (!account) return undefined;
      return {
        accountId: account.sub,
        claims: async () => ({
          sub: account.sub,
          email: account.email,
          email_verified: true,
          name: account.name,
        }),
      };
    },
    jwks: { keys: [privateJwk] },
    cookies: {
      // Distinct names per provider: browsers share cookies between ports of one host.
      names: {
        session: `${cookiePrefix}_session`,
        interaction: `${cookiePrefix}_interaction`,
        resume: `${cookiePrefix}_interaction_resume`,
      },
      // Not `secure`: oidc-provider marks cookies secure only on https requests (Koa's ctx.secure; the provider's
      // `proxy` stays false, so no X-Forwarded-Proto can make it so), and these are http.
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
      keys: [randomBytes(32).toString('base64url')],
    },
    interactions: {
      policy,
      url: async (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
    },
    ttl: {
      AccessToken: TOKEN_TTL,
      IdToken: TOKEN_TTL,
      AuthorizationCode: CODE_TTL,
      Interaction: INTERACTION_TTL,
      Session: INTERACTION_TTL,
      Grant: INTERACTION_TTL,
    },
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body = page(
        `Fout bij ${name}`,
        `<h1>Er ging iets mis bij ${esc(name)}</h1>
<p role="alert">${esc(out.error ?? 'onbekende fout')}: ${esc(out.error_description ?? '')}</p>`,
      );
    },
  });
  provider.on('server_error', (_ctx, err) => {
    console.error(`oidc-test-provider ${name}: server error`, err);
  });

  // The man in the middle on the token endpoint's response.
  provider.use(async (ctx, next) => {
    await next();
    if (tamper === null || ctx.method !== 'POST' || ctx.path !== '/token' || ctx.status !== 200) return;
    const body = /** @type {Record<string, unknown> | undefined} */ (ctx.body);
    if (!body || typeof body.id_token !== 'string') return;
    const mode = tamper;
    tamper = null;
    ctx.body = { ...body, id_token: await tamperIdToken(body.id_token, mode, privateKey) };
  });

  // The interaction pages: login (own page), consent (granted without a page).
  provider.use(async (ctx, next) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(ctx.path);
    if (!match) return next();
    ctx.set('Cache-Control', 'no-store');
    let interaction;
    try {
      interaction = await provider.interactionDetails(ctx.req, ctx.res);
      if (interaction.uid !== match[1]) throw new Error('interaction mismatch');
    } catch {
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = page(
        `Inloggen bij ${name}`,
        `<h1>Inloggen bij ${esc(name)}</h1>
<p role="alert">Deze inlogpoging is verlopen of onbekend. Begin opnieuw bij de applicatie.</p>`,
      );
      return;
    }
    const action = `/interaction/${interaction.uid}`;
    /** @param {string} returnTo */
    const continueTo = (returnTo) => {
      ctx.status = 303;
      ctx.redirect(returnTo);
    };

    if (interaction.prompt.name === 'consent') {
      const accountId = interaction.session?.accountId;
      const clientId = String(interaction.params.client_id);
      const grant =
        (interaction.grantId && (await provider.Grant.find(interaction.grantId))) ||
        new provider.Grant({ accountId, clientId });
      const details = /** @type {Record<string, any>} */ (interaction.prompt.details);
      if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
      if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
        grant.addResourceScope(indicator, /** @type {string[]} */ (scopes).join(' '));
      }
      const grantId = await grant.save();
      continueTo(await provider.interactionResult(ctx.req, ctx.res, { consent: { grantId } }));
      return;
    }
    if (interaction.prompt.name !== 'login') {
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = page(`Fout bij ${name}`, `<h1>Onbekende stap: ${esc(interaction.prompt.name)}</h1>`);
      return;
    }

    if (ctx.method === 'GET') {
      const hint = typeof interaction.params.login_hint === 'string' ? interaction.params.login_hint : '';
      ctx.type = 'html';
      ctx.body = loginPage({ name, action, login: hint, mfa: false, unknown: false });
      return;
    }
    if (ctx.method !== 'POST') {
      ctx.status = 405;
      return;
    }
    const form = await readForm(ctx.req);
    if (form.get('action') === 'cancel') {
      continueTo(
        await provider.interactionResult(
          ctx.req,
          ctx.res,
          { error: 'access_denied', error_description: 'Inloggen geannuleerd' },
          { mergeWithLastSubmission: false },
        ),
      );
      return;
    }
    const login = form.get('login') ?? '';
    const mfa = form.has('mfa');
    const account = accountByLogin(login);
    if (!account) {
      ctx.status = 400;
      ctx.type = 'html';
      ctx.body = loginPage({ name, action, login, mfa, unknown: true });
      return;
    }
    continueTo(
      await provider.interactionResult(
        ctx.req,
        ctx.res,
        {
          login: {
            accountId: account.sub,
            acr: mfa ? ACR_MFA : ACR_PWD,
            amr: mfa ? AMR_MFA : AMR_PWD,
            remember: false,
          },
        },
        { mergeWithLastSubmission: false },
      ),
    );
  });

  handle = provider.callback();
  return testProvider;
}

/**
 * @param {string} idToken
 * @param {TamperMode} mode
 * @param {import('jose').KeyLike} privateKey
 */
async function tamperIdToken(idToken, mode, privateKey) {
  if (mode === 'signature') {
    const [header, payload, signature] = idToken.split('.');
    const middle = Math.floor(signature.length / 2);
    const flipped = [...signature]
      .map((c, i) => (i >= middle && i < middle + 8 ? (c === 'A' ? 'B' : 'A') : c))
      .join('');
    return `${header}.${payload}.${flipped}`;
  }
  const header = decodeProtectedHeader(idToken);
  const claims = decodeJwt(idToken);
  const now = Math.floor(Date.now() / 1000);
  if (mode === 'expired') {
    claims.iat = now - 3600 - TOKEN_TTL;
    claims.exp = now - 3600;
    if (typeof claims.auth_time === 'number') claims.auth_time = claims.iat;
  } else if (mode === 'issuer') {
    claims.iss = 'https://evil.example';
  } else if (mode === 'nonce') {
    claims.nonce = `tampered-${randomUUID()}`;
  }
  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
    .setProtectedHeader(/** @type {import('jose').CompactJWSHeaderParameters} */ (header))
    .sign(privateKey);
}

/**
 * A storage adapter in memory, one per provider (oidc-provider's own one warns on every start).
 * Expired entries are not found; codes and other tokens are consumed in place.
 */
function memoryAdapter() {
  /** @type {Map<string, { payload: Record<string, any>; expiresAt: number }>} */
  const store = new Map();
  /** @type {Map<string, string>} */
  const sessionByUid = new Map();
  /** @type {Map<string, Set<string>>} */
  const byGrant = new Map();
  /** @param {string} key */
  const read = (key) => {
    const entry = store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      store.delete(key);
      return undefined;
    }
    return entry.payload;
  };
  return class MemoryAdapter {
    /** @param {string} model */
    constructor(model) {
      this.model = model;
    }
    /** @param {string} id */
    key(id) {
      return `${this.model}:${id}`;
    }
    /** @param {string} id @param {Record<string, any>} payload @param {number | undefined} expiresIn */
    async upsert(id, payload, expiresIn) {
      const key = this.key(id);
      store.set(key, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
      if (this.model === 'Session' && payload.uid) sessionByUid.set(payload.uid, id);
      if (payload.grantId) {
        const members = byGrant.get(payload.grantId) ?? new Set();
        members.add(key);
        byGrant.set(payload.grantId, members);
      }
    }
    /** @param {string} id */
    async find(id) {
      return read(this.key(id));
    }
    /** @param {string} uid */
    async findByUid(uid) {
      const id = sessionByUid.get(uid);
      return id === undefined ? undefined : read(this.key(id));
    }
    async findByUserCode() {
      return undefined;
    }
    /** @param {string} id */
    async consume(id) {
      const payload = read(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }
    /** @param {string} id */
    async destroy(id) {
      store.delete(this.key(id));
    }
    /** @param {string} grantId */
    async revokeByGrantId(grantId) {
      for (const key of byGrant.get(grantId) ?? []) store.delete(key);
      byGrant.delete(grantId);
    }
  };
}

/** @param {import('node:http').IncomingMessage} req */
async function readForm(req) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 64 * 1024) throw new Error('form too large');
  }
  return new URLSearchParams(text);
}

/** @param {unknown} value */
function esc(value) {
  return String(value).replace(
    /[&<>"']/g,
    (c) =>
      /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[
        c
      ],
  );
}

/** @param {string} title @param {string} main */
function page(title, main) {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:26rem;padding:0 1rem;line-height:1.5}
label{display:block;margin-top:1rem}input[type=email]{width:100%;padding:.4rem;font-size:1rem}
.keuze{display:flex;gap:.5rem;align-items:center;margin-top:1rem}.keuze label{margin:0}
.knoppen{display:flex;gap:.5rem;margin-top:1.5rem}button{font-size:1rem;padding:.4rem 1rem}
[role=alert]{color:#a00;font-weight:600}
</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>`;
}

/** @param {{ name: string; action: string; login: string; mfa: boolean; unknown: boolean }} state */
function loginPage({ name, action, login, mfa, unknown }) {
  const error = unknown
    ? `<p role="alert" id="fout">Onbekend account: ${esc(name)} kent geen account met dit e-mailadres.</p>`
    : '';
  return page(
    `Inloggen bij ${name}`,
    `<h1>Inloggen bij ${esc(name)}</h1>
<p>Testaanbieder: er wordt geen wachtwoord gevraagd.</p>
${error}
<form method="post" action="${esc(action)}" data-oidc-test-login>
<label for="login">E-mailadres</label>
<input id="login" name="login" type="email" autocomplete="username" required autofocus value="${esc(login)}"${
      unknown ? ' aria-invalid="true" aria-describedby="fout"' : ''
    }>
<div class="keuze">
<input id="mfa" name="mfa" type="checkbox" value="1"${mfa ? ' checked' : ''}>
<label for="mfa">Met tweede factor (sms-code)</label>
</div>
<div class="knoppen">
<button type="submit" name="action" value="login">Inloggen</button>
<button type="submit" name="action" value="cancel" formnovalidate>Annuleren</button>
</div>
</form>`,
  );
}

/**
 * @param {string} authorizationUrl
 * @param {{ login: string; mfa?: boolean; cancel?: boolean }} options
 * @returns {Promise<string>}
 */
export async function authorizeAt(authorizationUrl, { login, mfa = false, cancel = false }) {
  const origin = new URL(authorizationUrl).origin;
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  /** @type {RequestInit} */
  let init = { method: 'GET' };
  let submitted = false;
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { .../** @type {Record<string, string>} */ (init.headers ?? {}), cookie: jar.header(url) },
    });
    jar.store(url, res.headers.getSetCookie());
    if (res.status >= 300 && res.status < 400) {
      const location = res.headers.get('location');
      if (!location) throw new Error(`authorizeAt: ${res.status} without Location at ${url.href}`);
      const next = new URL(location, url);
      if (next.origin !== origin) return next.href;
      url = next;
      init = { method: 'GET' };
      continue;
    }
    const text = await res.text();
    if (text.includes('Onbekend account')) {
      throw new Error(`authorizeAt: the provider does not know the login ${JSON.stringify(login)} (Onbekend account)`);
    }
    const action = /<form[^>]*\baction="([^"]+)"[^>]*data-oidc-test-login/.exec(text)?.[1];
    if (res.status !== 200 || !action || submitted) {
      const summary = text
        .replace(/<style[\s\S]*?<\/style>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 300);
      throw new Error(`authorizeAt: unexpected ${res.status} at ${url.href}: ${summary}`);
    }
    const form = new URLSearchParams();
    form.set('login', login);
    if (mfa) form.set('mfa', '1');
    form.set('action', cancel ? 'cancel' : 'login');
    url = new URL(action.replace(/&amp;/g, '&'), url);
    init = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    };
    submitted = true;
  }
  throw new Error(`authorizeAt: too many redirects, last at ${url.href}`);
}

/** A minimal cookie jar for one origin: name, value and path; deletions honoured. */
class CookieJar {
  /** @type {Map<string, { name: string; value: string; path: string; expires: number }>} */
  #cookies = new Map();

  /** @param {URL} url @param {string[]} setCookies */
  store(url, setCookies) {
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq < 1) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      let path = url.pathname.replace(/\/[^/]*$/, '') || '/';
      let expires = Infinity;
      for (const attribute of attributes) {
        const [key, ...rest] = attribute.trim().split('=');
        const val = rest.join('=');
        if (key.toLowerCase() === 'path' && val.startsWith('/')) path = val;
        else if (key.toLowerCase() === 'max-age') expires = Date.now() + Number(val) * 1000;
        else if (key.toLowerCase() === 'expires' && expires === Infinity) expires = Date.parse(val);
      }
      const key = `${name};${path}`;
      if (value === '' || expires <= Date.now()) this.#cookies.delete(key);
      else this.#cookies.set(key, { name, value, path, expires });
    }
  }

  /** @param {URL} url */
  header(url) {
    const now = Date.now();
    return [...this.#cookies.values()]
      .filter(
        (c) =>
          c.expires > now &&
          (url.pathname === c.path ||
            url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`) ||
            c.path === '/'),
      )
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }
}
