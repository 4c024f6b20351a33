import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { AdviceModel } from './advice.model';
import { AdviceService } from './advice.service';

@Resolver(() => AdviceModel)
export class AdviceResolver {
  constructor(private readonly service: AdviceService) {}

  @Mutation(() => AdviceModel, {
    description: "The jeugdarts's education-relevant advice; the private note stays at the GGD.",
  })
  // Gated per case in the service: NOT_FOUND when you may not see the case, FORBIDDEN unless jeugdarts.
  @Authenticated()
  writeAdvice(
    @CurrentSession() session: Session,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('educationAdvice') educationAdvice: string,
    @Args('privateNote', { type: () => String, nullable: true }) privateNote?: string,
  ) {
    return this.service.write(session, caseId, educationAdvice, privateNote);
  }
}
