import { Module } from '@nestjs/common';
import { IdentityProviderService } from './identity-provider.service';
import { OidcController } from './oidc.controller';
import { OidcClients } from './oidc-clients';
import { OidcSignIn } from './oidc-sign-in.service';
import { SignInEventsService } from './sign-in-events.service';
import { OrganisationIdentityProviderResolver, SignInResolver } from './sign-in.resolver';
import { SignInService } from './sign-in.service';

/** How people get in and out: dev login, the organisations' OpenID Providers, sign-out, the sign-in log. */
@Module({
  controllers: [OidcController],
  providers: [
    SignInResolver,
    OrganisationIdentityProviderResolver,
    SignInService,
    IdentityProviderService,
    OidcClients,
    OidcSignIn,
    SignInEventsService,
  ],
})
export class SignInModule {}
