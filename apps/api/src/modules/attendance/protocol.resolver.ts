import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RuleKey } from '@aanwezig/domain';
import { Allow } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { ProtocolRuleModel, UpdateProtocolRuleInput } from './protocol.model';
import { ProtocolService } from './protocol.service';

@Resolver(() => ProtocolRuleModel)
export class ProtocolResolver {
  constructor(private readonly service: ProtocolService) {}

  @Query(() => [ProtocolRuleModel], { description: "The region's attendance protocol: who does what at which threshold." })
  @Allow('read', 'Protocol')
  protocol(@CurrentSession() session: Session) {
    return this.service.list(session);
  }

  @Mutation(() => ProtocolRuleModel)
  @Allow('update', 'Protocol')
  updateProtocolRule(@CurrentSession() session: Session, @Args('key', { type: () => RuleKey }) key: RuleKey, @Args('input') input: UpdateProtocolRuleInput) {
    return this.service.update(session, key, input);
  }
}
