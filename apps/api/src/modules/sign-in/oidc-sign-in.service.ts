import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { signedInWithSecondFactor } from '@aanwezig/authz';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import type { ClientInfo } from '../../core/auth/request-context';
import { SessionService } from '../../core/auth/session.service';
import { secureCookies, setSessionCookies } from '../../core/auth/session-cookies';
import { isUuid } from '../../core/database/uuid';
import { IdentityProviderEntity } from './identity-provider.entity';
import { OidcClients, openidClient } from './oidc-clients';
import { logSignIn, type SignInFact } from './sign-in-log';
import { REFUSALS, refusalPage, type Refusal } from './sign-in-refusal';

/** The cookie that binds a sign-in attempt to the browser that started it (login CSRF). */
export const ATTEMPT_COOKIE = 'aanwezig_oidc';
const ATTEMPT_MINUTES = 10;
const hashOf = (value: string) => createHash('sha256').update(value).digest('hex');

interface Attempt {
  state: string;
  organisation_id: string;
  code_verifier: string;
  nonce: string;
  browser_hash: string;
  email: string | null;
}

/** Where to send the browser, and the cookies to set or clear on the way. */
export interface Redirect {
  location: string;
}

/**
 * Sign-in through the organisation's OpenID Provider: the authorization code flow with PKCE, `state`
 * and `nonce` (openid-client checks the ID token: signature, issuer, audience, expiry, nonce). Only
 * invited people get in: the first sign-in links the invited account to the provider's subject
 * (iss + sub), later ones match on that link only. Every attempt is logged, whatever came of it.
 */
@Injectable()
export class OidcSignIn {
  private readonly logger = new Logger('SignIn');

  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: OidcClients,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends the browser to the provider of the address's (or the given) organisation. */
  async start(
    query: { email?: string; organisationId?: string },
    client: ClientInfo,
    res: Response,
    browserBinding?: string,
  ): Promise<Redirect> {
    const email = query.email?.trim().toLowerCase().slice(0, 320) || null;
    const provider = await this.providerFor(email, query.organisationId);
    const fact: SignInFact = { outcome: 'REFUSED', method: 'OIDC', email, client };
    if (!provider) return this.refuse(fact, REFUSALS.noProvider);
    Object.assign(fact, { organisationId: provider.organisationId, issuer: provider.issuer });
    const oidc = await openidClient();
    let configuration;
    try {
      configuration = await this.clients.configuration(provider);
    } catch (error) {
      this.logger.warn(`provider of ${provider.organisationId} unreachable: ${(error as Error).message}`);
      return this.refuse({ ...fact, outcome: 'FAILED' }, REFUSALS.providerError, provider.organisationId);
    }
    const attempt = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      // One binding per browser: a second tab's attempt must not undo the first one's.
      browser:
        browserBinding && /^[\w-]{43}$/.test(browserBinding) ? browserBinding : randomBytes(32).toString('base64url'),
    };
    await this.dataSource.query(
      `WITH old AS (DELETE FROM sign_in_attempt WHERE created_at < now() - make_interval(mins => $7))
       INSERT INTO sign_in_attempt (state, organisation_id, code_verifier, nonce, browser_hash, email) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        attempt.state,
        provider.organisationId,
        attempt.codeVerifier,
        attempt.nonce,
        hashOf(attempt.browser),
        email,
        ATTEMPT_MINUTES,
      ],
    );
    res.cookie(ATTEMPT_COOKIE, attempt.browser, {
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies(this.config),
      path: '/auth/oidc',
      maxAge: ATTEMPT_MINUTES * 60_000,
    });
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.clients.redirectUri,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
      state: attempt.state,
      nonce: attempt.nonce,
      ...(email ? { login_hint: email } : {}),
    });
    return { location: url.href };
  }

  /** The provider sent the browser back: verify, find the invited person, open their session. */
  async callback(
    callbackUrl: URL,
    browser: string | undefined,
    client: ClientInfo,
    res: Response,
    previousToken: string | null = null,
  ): Promise<Redirect> {
    // The attempt cookie stays (it expires by itself): another tab's attempt in this browser still needs it.
    const fact: SignInFact = { outcome: 'REFUSED', method: 'OIDC', client };
    const state = callbackUrl.searchParams.get('state');
    // Used once: the row goes whatever happens next, so a replayed callback finds nothing.
    const [attempt]: Attempt[] = state
      ? await this.dataSource.query(
          // (TypeORM answers a bare DELETE … RETURNING with [rows, count]; a CTE gives the rows.)
          `WITH used AS (DELETE FROM sign_in_attempt WHERE state = $1 AND created_at > now() - make_interval(mins => $2) RETURNING *)
           SELECT * FROM used`,
          [state, ATTEMPT_MINUTES],
        )
      : [];
    if (!attempt) return this.refuse(fact, REFUSALS.expired);
    Object.assign(fact, { organisationId: attempt.organisation_id, email: attempt.email });
    if (!browser || hashOf(browser) !== attempt.browser_hash)
      return this.refuse(fact, REFUSALS.otherBrowser, attempt.organisation_id);
    const provider = await this.dataSource
      .getRepository(IdentityProviderEntity)
      .findOne({ where: { organisationId: attempt.organisation_id } });
    if (!provider) return this.refuse(fact, REFUSALS.noProvider, attempt.organisation_id);
    fact.issuer = provider.issuer;
    if (callbackUrl.searchParams.has('error')) {
      const error = callbackUrl.searchParams.get('error')!.slice(0, 100);
      return this.refuse(
        { ...fact, outcome: 'FAILED' },
        { ...REFUSALS.providerError, log: `provider-error:${error}` },
        attempt.organisation_id,
      );
    }

    let claims: Record<string, unknown>;
    try {
      const oidc = await openidClient();
      const tokens = await oidc.authorizationCodeGrant(await this.clients.configuration(provider), callbackUrl, {
        pkceCodeVerifier: attempt.code_verifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      claims = { ...tokens.claims()! };
    } catch (error) {
      this.logger.warn(`sign-in through ${provider.issuer} did not verify: ${(error as Error).message}`);
      return this.refuse({ ...fact, outcome: 'FAILED' }, REFUSALS.unverified, attempt.organisation_id);
    }
    const issuer = String(claims.iss);
    const subject = String(claims.sub);
    const claimed = claims[provider.emailClaim];
    const email = typeof claimed === 'string' ? claimed.trim().toLowerCase() : null;
    if (email) fact.email = email;
    if (provider.requireMfa && !signedInWithSecondFactor(claims))
      return this.refuse(fact, REFUSALS.mfaRequired, attempt.organisation_id);

    const found = await this.invitedPerson(provider, issuer, subject, email);
    if ('refusal' in found)
      return this.refuse({ ...fact, userId: found.userId }, found.refusal, attempt.organisation_id);
    const opened = await this.dataSource.transaction(async (manager) => {
      if (found.link)
        await manager.query(
          `INSERT INTO user_identity (issuer, subject, user_id, organisation_id, last_sign_in_at) VALUES ($1, $2, $3, $4, now())`,
          [issuer, subject, found.userId, provider.organisationId],
        );
      else
        await manager.query(`UPDATE user_identity SET last_sign_in_at = now() WHERE issuer = $1 AND subject = $2`, [
          issuer,
          subject,
        ]);
      await logSignIn(manager, { ...fact, outcome: 'SIGNED_IN', userId: found.userId });
      // The browser's previous session ends: one browser, one person signed in.
      await this.sessions.endToken(previousToken, 'REPLACED', manager);
      return this.sessions.open(found.userId, { method: 'OIDC', issuer, client }, manager);
    });
    setSessionCookies(res, opened, this.config);
    return { location: '/' };
  }

  /**
   * Who the provider's subject is in Aanwezig. A known link decides (the e-mail address plays no part);
   * otherwise the invited, not yet linked account with that address and a membership of the
   * organisation, when the address belongs to the organisation's domains (if it names any).
   */
  private async invitedPerson(
    provider: IdentityProviderEntity,
    issuer: string,
    subject: string,
    email: string | null,
  ): Promise<{ userId: string; link: boolean } | { refusal: Refusal; userId?: string }> {
    const [linked]: { user_id: string; active: boolean; member: boolean }[] = await this.dataSource.query(
      `SELECT i.user_id, u.active,
              EXISTS (SELECT 1 FROM membership m WHERE m.user_id = u.id AND m.organisation_id = $3) AS member
         FROM user_identity i JOIN app_user u ON u.id = i.user_id
        WHERE i.issuer = $1 AND i.subject = $2`,
      [issuer, subject, provider.organisationId],
    );
    if (linked) {
      if (!linked.active) return { refusal: REFUSALS.deactivated, userId: linked.user_id };
      if (!linked.member) return { refusal: REFUSALS.noLongerMember, userId: linked.user_id };
      return { userId: linked.user_id, link: false };
    }
    if (!email) return { refusal: REFUSALS.noEmail };
    const domain = email.split('@')[1] ?? '';
    if (provider.domains.length > 0 && !provider.domains.includes(domain)) return { refusal: REFUSALS.notInvited };
    const [invited]: { id: string; active: boolean; linked: boolean }[] = await this.dataSource.query(
      `SELECT u.id, u.active, EXISTS (SELECT 1 FROM user_identity i WHERE i.user_id = u.id AND i.issuer = $3) AS linked
         FROM app_user u JOIN membership m ON m.user_id = u.id AND m.organisation_id = $2
        WHERE u.email = $1
        LIMIT 1`,
      [email, provider.organisationId, issuer],
    );
    if (!invited) return { refusal: REFUSALS.notInvited };
    if (!invited.active) return { refusal: REFUSALS.deactivated, userId: invited.id };
    // Linked to another subject of this provider already: this one is someone else with the same address.
    if (invited.linked) return { refusal: REFUSALS.notInvited, userId: invited.id };
    return { userId: invited.id, link: true };
  }

  /**
   * The organisation whose provider signs this address (or id) in: by id, or by the address's domain.
   * Never by looking the address up among the accounts, so the answer tells nobody who has one.
   */
  private async providerFor(email: string | null, organisationId?: string): Promise<IdentityProviderEntity | null> {
    const providers = this.dataSource.getRepository(IdentityProviderEntity);
    if (organisationId) return isUuid(organisationId) ? providers.findOne({ where: { organisationId } }) : null;
    const domain = email?.match(/^[^@\s]+@([^@\s]+)$/)?.[1];
    if (!domain) return null;
    const [byDomain]: { organisation_id: string }[] = await this.dataSource.query(
      `SELECT organisation_id FROM identity_provider WHERE $1 = ANY(domains) ORDER BY organisation_id LIMIT 1`,
      [domain],
    );
    return byDomain ? providers.findOne({ where: { organisationId: byDomain.organisation_id } }) : null;
  }

  private async refuse(fact: SignInFact, refusal: Refusal, organisationId?: string): Promise<Redirect> {
    await logSignIn(this.dataSource.manager, { ...fact, reason: refusal.log });
    const [organisation]: { name: string }[] = organisationId
      ? await this.dataSource.query(`SELECT name FROM organisation WHERE id = $1`, [organisationId])
      : [];
    return { location: refusalPage(refusal, organisation?.name) };
  }
}
