import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { capabilitiesOf } from '@aanwezig/authz';
import type { GraphQLContext } from '../../core/auth/request-context';
import { CapabilitiesModel } from './capabilities.model';
import { UserModel } from './user.model';

/** `me.capabilities`: the web client asks the server what the user may do instead of keeping role lists. */
@Resolver(() => UserModel)
export class CapabilitiesResolver {
  @ResolveField(() => CapabilitiesModel, {
    nullable: true,
    description:
      'What you may do at all, as the API decides it: only on yourself, in a signed-in request (null otherwise).',
  })
  capabilities(@Parent() user: UserModel, @Context() context: GraphQLContext): CapabilitiesModel | null {
    const { actor, ability } = context.req;
    if (!actor || !ability || actor.userId !== user.id) return null;
    return capabilitiesOf(actor, ability);
  }
}
