import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseModel } from '../case/case.model';
import { LetterModel } from './letter.model';
import { LetterService } from './letter.service';

/** Case.letters: the letter module's field on the case (the case module does not know letters). */
@Resolver(() => CaseModel)
export class CaseLettersResolver {
  constructor(private readonly service: LetterService) {}

  /**
   * Reached through a case the reader may see (read and audited by the case module); one query for all
   * the cases read with it.
   */
  @ResolveField(() => [LetterModel], {
    description: 'Letters sent to the parents, newest first; each shielded by its own category.',
  })
  letters(@Parent() caseModel: CaseModel): Promise<LetterModel[]> {
    return this.service.ofCase(caseModel);
  }
}
