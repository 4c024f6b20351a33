import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel } from '../case/case.model';
import { AdviceModel } from './advice.model';
import { AdviceService } from './advice.service';

/** Case.advice: the advice module's field on the case (the case module does not know advice). */
@Resolver(() => CaseModel)
export class CaseAdviceResolver {
  constructor(private readonly service: AdviceService) {}

  /**
   * Reached through a case the reader may see (read and audited by the case module); one query for all
   * the cases read with it.
   */
  @ResolveField(() => [AdviceModel], {
    description: "The jeugdarts's advice, newest first; each shielded as the matrix says.",
  })
  advice(@Parent() caseModel: CaseModel): Promise<AdviceModel[]> {
    return this.service.ofCase(caseModel);
  }
}
