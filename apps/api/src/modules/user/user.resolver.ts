import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@aanwezig/domain';
import { Allow, Authenticated, Public } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { ReplayReaders } from '../../core/idempotency/replay';
import { SignInThrottlerGuard } from '../../core/auth/sign-in-throttler.guard';
import { AuthPayloadModel, ColleagueModel, DemoUserModel, UserModel } from './user.model';
import { UserService } from './user.service';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly users: UserService,
    replays: ReplayReaders,
  ) {
    // actAs and devLogin change nothing: never claimed by an Idempotency-Key, and a token is never stored.
    replays.register('AuthPayload', { keep: 'nothing' });
  }

  @Query(() => UserModel, { description: 'The signed-in user with their memberships.' })
  @Allow('read', 'User')
  me(@CurrentSession() session: Session) {
    return this.users.me(session);
  }

  @Mutation(() => AuthPayloadModel, { description: 'Sign in by e-mail alone; only where AUTH_DEV_LOGIN is on.' })
  @Public()
  @UseGuards(SignInThrottlerGuard)
  devLogin(@Args('email') email: string) {
    return this.users.devLogin(email);
  }

  @Mutation(() => AuthPayloadModel, {
    description:
      'Work as one of your memberships (organisationId and role), or as all of them together (neither). Returns a new token.',
  })
  @Authenticated()
  actAs(
    @CurrentSession() session: Session,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId?: string,
    @Args('role', { type: () => Role, nullable: true }) role?: Role,
  ) {
    return this.users.actAs(session, organisationId, role);
  }

  @Query(() => [ColleagueModel], {
    description:
      'The professionals of your region (one row per role). With organisationId (a school): only the ones its meetings may invite, its own staff and the partners who serve it (leerplicht of the municipalities its pupils live in, GGD, SWV, youth care).',
  })
  @Authenticated()
  colleagues(
    @CurrentSession() session: Session,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId?: string | null,
  ) {
    return this.users.colleagues(session, organisationId);
  }

  @Query(() => [DemoUserModel], { description: 'Demo accounts for the sign-in page; empty unless dev login is on.' })
  @Public()
  demoUsers() {
    return this.users.demoUsers();
  }
}
