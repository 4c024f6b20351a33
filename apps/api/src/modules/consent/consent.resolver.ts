import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { ConsentModel } from './consent.model';
import { ConsentService } from './consent.service';
import { RecordConsentInput } from './dto/record-consent.input';

@Resolver(() => ConsentModel)
export class ConsentResolver {
  constructor(private readonly service: ConsentService) {}

  @Mutation(() => ConsentModel, { description: 'Records a consent; the age rules decide who must give it.' })
  // Gated per case in the service: NOT_FOUND when you may not see the case.
  @Authenticated()
  recordConsent(@CurrentSession() session: Session, @Args('input') input: RecordConsentInput) {
    return this.service.record(session, input);
  }

  @Mutation(() => ConsentModel, { description: 'Withdraws a consent at once; it stays on record.' })
  @Authenticated()
  withdrawConsent(@CurrentSession() session: Session, @Args('id', { type: () => ID }) id: string) {
    return this.service.withdraw(session, id);
  }
}
