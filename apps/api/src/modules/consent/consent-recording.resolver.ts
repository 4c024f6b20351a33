import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { sessionOf, type GraphQLContext } from '../../core/auth/request-context';
import { CaseModel } from '../case/case.model';
import { ConsentRecordingModel } from './consent.model';
import { ConsentService } from './consent.service';

/** Case.consentRecording: a field of the case, gated with it (a field resolver runs under its parent's gate). */
@Resolver(() => CaseModel)
export class ConsentRecordingResolver {
  constructor(private readonly service: ConsentService) {}

  @ResolveField(() => ConsentRecordingModel, {
    description: 'What you may record a consent for on this case, and for whom (libs/authz decides).',
  })
  consentRecording(@Parent() caseModel: CaseModel, @Context() { req }: GraphQLContext): Promise<ConsentRecordingModel> {
    return this.service.recording(sessionOf(req), caseModel);
  }
}
