import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, Public } from '../../authz/permission.decorator';
import { clientOf, CurrentSession, type GraphQLContext, type Session } from '../../core/auth/request-context';
import { SignInThrottlerGuard } from '../../core/auth/sign-in-throttler.guard';
import { sessionCookieOf } from '../../core/auth/session-cookies';
import { ConnectionType } from '../../core/graphql/pagination';
import { OrganisationModel } from '../organisation/organisation.model';
import { AuthPayloadModel, DemoUserModel } from '../user/user.model';
import { IdentityProviderInput } from './dto/identity-provider.input';
import { IdentityProviderService } from './identity-provider.service';
import { SignInEventsService } from './sign-in-events.service';
import { IdentityProviderModel, SignInEventModel, SignInOrganisationModel } from './sign-in.model';
import { SignInService } from './sign-in.service';

const SignInEventConnection = ConnectionType(SignInEventModel, 'SignInEvent');

@Resolver()
export class SignInResolver {
  constructor(
    private readonly signIn: SignInService,
    private readonly providers: IdentityProviderService,
    private readonly events: SignInEventsService,
  ) {}

  @Mutation(() => AuthPayloadModel, {
    description:
      'Sign in by e-mail alone; only where AUTH_DEV_LOGIN is on, never in production. Sets the session cookie too.',
  })
  @Public()
  @UseGuards(SignInThrottlerGuard)
  devLogin(@Args('email') email: string, @Context() { req, res }: GraphQLContext) {
    return this.signIn.devLogin(email, clientOf(req), res, sessionCookieOf(req.headers));
  }

  @Query(() => [DemoUserModel], { description: 'Demo accounts for the sign-in page; empty unless dev login is on.' })
  @Public()
  demoUsers() {
    return this.signIn.demoUsers();
  }

  @Mutation(() => Boolean, {
    description:
      'Ends the session this request came with (cookie or bearer token) and its live sockets, on every instance. False if it had ended already.',
  })
  @Authenticated()
  signOut(@CurrentSession() session: Session, @Context() { res }: GraphQLContext) {
    return this.signIn.signOut(session, res);
  }

  @Query(() => [SignInOrganisationModel], {
    description:
      'Organisations whose people sign in through their own provider (GET /auth/oidc/start?organisationId=).',
  })
  @Public()
  signInOrganisations() {
    return this.providers.signInOrganisations();
  }

  @Mutation(() => OrganisationModel, {
    description:
      "Sets where an organisation's people sign in (functional administrator of the region). Without clientSecret the stored one stays.",
  })
  @Allow('update', 'IdentityProvider')
  configureIdentityProvider(
    @CurrentSession() session: Session,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('input') input: IdentityProviderInput,
  ) {
    return this.providers.configure(session, organisationId, input);
  }

  @Query(() => SignInEventConnection, {
    description:
      'Sign-in attempts, newest first: the administrator sees the region, a privacy officer their organisation.',
  })
  @Allow('read', 'SignInLog')
  signInEvents(
    @CurrentSession() session: Session,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.events.list(session, { first, after });
  }
}

@Resolver(() => OrganisationModel)
export class OrganisationIdentityProviderResolver {
  constructor(private readonly providers: IdentityProviderService) {}

  @ResolveField(() => IdentityProviderModel, {
    nullable: true,
    description: "Where the organisation's people sign in; only the functional administrator sees it.",
  })
  identityProvider(@Parent() organisation: OrganisationModel, @CurrentSession() session: Session) {
    return this.providers.of(session, organisation);
  }
}
