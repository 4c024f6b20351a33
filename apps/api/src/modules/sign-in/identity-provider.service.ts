import { Inject, Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/config';
import type { Session } from '../../core/auth/request-context';
import { isUuid } from '../../core/database/uuid';
import { findOrganisation } from '../organisation/organisations';
import type { OrganisationModel } from '../organisation/organisation.model';
import { InputError } from '../../core/errors/input';
import { checkIdentityProvider, type IdentityProviderInput } from './dto/identity-provider.input';
import { IdentityProviderEntity } from './identity-provider.entity';
import { OidcClients } from './oidc-clients';
import { noSuchOrganisation } from './sign-in.errors';
import type { IdentityProviderModel, SignInOrganisationModel } from './sign-in.model';

/** The organisations' OpenID Provider settings, managed by the region's functional administrator. */
@Injectable()
export class IdentityProviderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: OidcClients,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sets (or changes) where an organisation's people sign in. Without a new client secret the stored one
   * stays. Checked before anything is written; an organisation outside the region is NOT_FOUND.
   */
  async configure(session: Session, organisationId: string, input: IdentityProviderInput): Promise<OrganisationModel> {
    const organisation = isUuid(organisationId)
      ? await findOrganisation(this.dataSource.manager, organisationId, session.actor.regionId)
      : null;
    if (
      !organisation ||
      !session.ability.can('update', subject('IdentityProvider', { regionId: session.actor.regionId, organisationId }))
    )
      throw noSuchOrganisation();
    await this.save(organisationId, input, session.actor.userId);
    return organisation;
  }

  private async save(organisationId: string, input: IdentityProviderInput, by: string | null) {
    const repository = this.dataSource.getRepository(IdentityProviderEntity);
    const existing = await repository.findOne({ where: { organisationId } });
    const checked = checkIdentityProvider(input, {
      production: this.config.env === 'production',
      hasSecret: existing !== null,
    });
    // An address's domain names one organisation: the sign-in page sends it to that one's provider.
    const [taken]: { domain: string; name: string }[] = checked.domains.length
      ? await this.dataSource.query(
          `SELECT d AS domain, o.name FROM identity_provider p JOIN organisation o ON o.id = p.organisation_id,
                  unnest(p.domains) AS d
            WHERE d = ANY($1) AND p.organisation_id <> $2 LIMIT 1`,
          [checked.domains, organisationId],
        )
      : [];
    if (taken)
      throw new InputError('domains', 'signIn.domainTaken', { domain: taken.domain, organisation: taken.name });
    // The provider must answer before people are sent to it: a typo in the issuer is said here, not at sign-in.
    const sealed = checked.clientSecret
      ? this.clients.secrets.seal(checked.clientSecret)
      : existing!.clientSecretSealed;
    try {
      await this.clients.discover({ issuer: checked.issuer, clientId: checked.clientId, clientSecretSealed: sealed });
    } catch (error) {
      throw new InputError('issuer', 'signIn.issuerUnreachable', { reason: (error as Error).message.slice(0, 200) });
    }
    await repository.save({
      organisationId,
      issuer: checked.issuer,
      clientId: checked.clientId,
      clientSecretSealed: sealed,
      emailClaim: checked.emailClaim,
      domains: checked.domains,
      requireMfa: checked.requireMfa,
      updatedBy: by,
    });
    return (await findOrganisation(this.dataSource.manager, organisationId))!;
  }

  /**
   * The same, by the operator on the command line (`npm run admin -- configure-identity-provider`): the
   * organisation by its exact name, no session (whoever runs the command has the database already).
   */
  async configureByOperator(organisationName: string, input: IdentityProviderInput): Promise<OrganisationModel> {
    const found: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM organisation WHERE lower(name) = lower($1)`,
      [organisationName.trim()],
    );
    if (found.length !== 1) throw noSuchOrganisation();
    return this.save(found[0].id, input, null);
  }

  /** The setting, for the administrator only (anyone else sees null). */
  async of(session: Session, organisation: { id: string }): Promise<IdentityProviderModel | null> {
    if (
      !session.ability.can(
        'update',
        subject('IdentityProvider', { regionId: session.actor.regionId, organisationId: organisation.id }),
      )
    )
      return null;
    const provider = await this.dataSource
      .getRepository(IdentityProviderEntity)
      .findOne({ where: { organisationId: organisation.id } });
    return provider && { ...provider };
  }

  /** Organisations with a provider, for "kies uw organisatie" on the sign-in page (public: names only). */
  signInOrganisations(): Promise<SignInOrganisationModel[]> {
    return this.dataSource.query(
      `SELECT o.id, o.name FROM identity_provider p JOIN organisation o ON o.id = p.organisation_id ORDER BY o.name`,
    );
  }
}
