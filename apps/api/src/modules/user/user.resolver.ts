import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@aanwezig/domain';
import { Allow, Authenticated } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { ReplayReaders } from '../../core/idempotency/replay';
import { AuthPayloadModel, ColleagueModel, UserModel } from './user.model';
import { UserService } from './user.service';

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly users: UserService,
    replays: ReplayReaders,
  ) {
    // actAs and devLogin open or switch a session, nothing else: never claimed by an Idempotency-Key, and
    // a token is never stored.
    replays.register('AuthPayload', { keep: 'nothing' });
    replays.register('User', { read: (session, id) => users.person(session, id) });
  }

  @Query(() => UserModel, { description: 'The signed-in user with their memberships.' })
  @Allow('read', 'User')
  me(@CurrentSession() session: Session) {
    return this.users.me(session);
  }

  @Mutation(() => UserModel, {
    description:
      'Deactivates a person of your region (functional administrator): every session of theirs ends at once, and nobody can sign in as them. NOT_FOUND outside your region.',
  })
  @Allow('update', 'Person')
  deactivateUser(@CurrentSession() session: Session, @Args('id', { type: () => ID }) id: string) {
    return this.users.deactivateUser(session, id);
  }

  @Mutation(() => AuthPayloadModel, {
    description:
      'Work as one of your memberships (organisationId and role), or as all of them together (neither). A cookie session switches itself (token empty); a bearer client gets a new token.',
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
}
