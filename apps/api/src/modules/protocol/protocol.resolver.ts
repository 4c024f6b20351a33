import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RuleKey } from '@aanwezig/domain';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { ReplayReaders, foundIn } from '../../core/idempotency/replay';
import { UpdateProtocolRuleInput } from './dto/update-protocol-rule.input';
import { ProtocolRuleModel } from './protocol.model';
import { ProtocolService } from './protocol.service';

@Resolver(() => ProtocolRuleModel)
export class ProtocolResolver {
  constructor(
    private readonly service: ProtocolService,
    replays: ReplayReaders,
  ) {
    // A retried updateProtocolRule reads the rule again from the region's protocol (core/idempotency).
    replays.register<ProtocolRuleModel>('ProtocolRule', {
      idOf: (r) => r.key,
      read: async (session, key) => foundIn(await service.list(session), (r) => r.key === key),
    });
  }

  @Query(() => [ProtocolRuleModel], {
    description: "The region's attendance protocol: who does what at which threshold.",
  })
  @Allow('read', 'Protocol')
  protocol(@CurrentSession() session: Session) {
    return this.service.list(session);
  }

  @Mutation(() => ProtocolRuleModel)
  @Allow('update', 'Protocol')
  updateProtocolRule(
    @CurrentSession() session: Session,
    @Args('key', { type: () => RuleKey }) key: RuleKey,
    @Args('input') input: UpdateProtocolRuleInput,
  ) {
    return this.service.update(session, key, input);
  }
}
