import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { sessionOf, type GraphQLContext } from '../../core/auth/request-context';
import { CaseModel } from '../case/case.model';
import { caseConsents } from './consent-loader';
import { ConsentModel, ConsentRecordingModel } from './consent.model';
import { ConsentService } from './consent.service';

/**
 * The consent fields of a case (Case.consents, Case.consentRecording), gated with it: a field resolver
 * runs under its parent's gate, and masks through the case's reader.
 */
@Resolver(() => CaseModel)
export class CaseConsentsResolver {
  constructor(
    private readonly service: ConsentService,
    private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => [ConsentModel], { description: "The pupil's consents, newest first, withdrawn ones included." })
  consents(@Parent() caseModel: CaseModel): Promise<ConsentModel[]> {
    return caseConsents(this.dataSource.manager, caseModel);
  }

  @ResolveField(() => ConsentRecordingModel, {
    description: 'What you may record a consent for on this case, and for whom (libs/authz decides).',
  })
  consentRecording(@Parent() caseModel: CaseModel, @Context() { req }: GraphQLContext): Promise<ConsentRecordingModel> {
    return this.service.recording(sessionOf(req), caseModel);
  }
}
