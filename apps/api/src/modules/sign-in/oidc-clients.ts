import { Inject, Injectable } from '@nestjs/common';
import type * as Oidc from 'openid-client' with { 'resolution-mode': 'import' };
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import type { IdentityProviderEntity } from './identity-provider.entity';
import { SecretBox } from './secret-box';

/** openid-client is an ES module; this code compiles to CommonJS, so it is loaded once, on first use. */
let library: Promise<typeof Oidc> | null = null;
export const openidClient = () => (library ??= import('openid-client'));

/** How long a provider's discovery document is trusted before it is fetched again. */
const DISCOVERY_TTL_MS = 10 * 60_000;

/**
 * One openid-client Configuration per organisation's provider, from its discovery document: cached,
 * and fetched again when the setting changes or after DISCOVERY_TTL_MS (keys rotate, endpoints move).
 * http issuers are allowed only outside production (tests run a provider on loopback).
 */
@Injectable()
export class OidcClients {
  private readonly cache = new Map<string, { key: string; at: number; configuration: Promise<Oidc.Configuration> }>();
  readonly secrets: SecretBox;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.secrets = new SecretBox(config.authSecret);
  }

  /** Where the providers send people back. */
  get redirectUri(): string {
    return `${this.config.appUrl}/auth/oidc/callback`;
  }

  async configuration(provider: IdentityProviderEntity): Promise<Oidc.Configuration> {
    const key = `${provider.issuer}|${provider.clientId}|${provider.updatedAt.getTime()}`;
    const cached = this.cache.get(provider.organisationId);
    if (cached && cached.key === key && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.configuration;
    const configuration = this.discover(provider);
    this.cache.set(provider.organisationId, { key, at: Date.now(), configuration });
    // A failed discovery is not kept: the next sign-in tries again.
    configuration.catch(() => this.cache.delete(provider.organisationId));
    return configuration;
  }

  /** The provider's discovery document, fetched now (also to check a setting before it is saved). */
  async discover(
    provider: Pick<IdentityProviderEntity, 'issuer' | 'clientId' | 'clientSecretSealed'>,
  ): Promise<Oidc.Configuration> {
    const oidc = await openidClient();
    const insecure = this.config.env !== 'production' && provider.issuer.startsWith('http:');
    return oidc.discovery(
      new URL(provider.issuer),
      provider.clientId,
      undefined,
      oidc.ClientSecretPost(this.secrets.open(provider.clientSecretSealed)),
      // The ID token's signature is checked too (openid-client trusts TLS to the token endpoint by default):
      // deny by default, and a man in the middle inside the organisation's network learns nothing.
      {
        execute: insecure
          ? [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks]
          : [oidc.enableNonRepudiationChecks],
        timeout: 10,
      },
    );
  }
}
