import { Inject, Injectable } from '@nestjs/common';
import { SignJWT, decodeJwt, jwtVerify, errors } from 'jose';
import type { Role } from '@aanwezig/domain';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config';
import type { ActingAs } from './acting-as';

const ISSUER = 'aanwezig';
/** Verified tokens remembered (a client sends the same one with every request). */
const VERIFIED_CACHE_SIZE = 10_000;

export interface TokenSubject {
  userId: string;
  actingAs: ActingAs | null;
}

/** Signs and verifies the bearer tokens (HS256 with the configured secret). */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  /** Token → who it signs in and until when (seconds); a token never changes, so neither does its answer. */
  private readonly verified = new Map<string, { subject: TokenSubject; expiresAt: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.authSecret);
  }

  /** A token for the user; with `actingAs`, every request it carries works as that one membership. */
  sign(userId: string, actingAs: ActingAs | null = null): Promise<string> {
    return new SignJWT(actingAs ? { act: { org: actingAs.organisationId, role: actingAs.role } } : {})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(this.config.tokenTtl)
      .sign(this.key);
  }

  /** Who a valid token signs in, or null for a missing, forged or expired one. */
  async verify(token: string): Promise<TokenSubject | null> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now() / 1000) return known.subject;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      if (!payload.sub) return null;
      const act = payload.act as { org?: unknown; role?: unknown } | undefined;
      const actingAs =
        typeof act?.org === 'string' && typeof act.role === 'string'
          ? { organisationId: act.org, role: act.role as Role }
          : null;
      const subject = { userId: payload.sub, actingAs };
      if (payload.exp !== undefined) this.remember(token, subject, payload.exp);
      return subject;
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }

  /** When a token that `verify` accepted stops signing in (seconds since the epoch), or null if never. */
  expiresAt(token: string): number | null {
    const known = this.verified.get(token);
    if (known) return known.expiresAt;
    const { exp } = decodeJwt(token);
    return typeof exp === 'number' ? exp : null;
  }

  private remember(token: string, subject: TokenSubject, expiresAt: number): void {
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { subject, expiresAt });
  }
}
