import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { CaseConnection, CaseEditingModel, CaseModel } from './case.model';
import { CaseEditing } from './case-editing.service';
import { CaseService } from './case.service';
import { CaseFilter, CloseCaseInput, CreateCaseInput, UpdateCaseInput } from './dto/case.input';

@Resolver(() => CaseModel)
export class CaseResolver {
  constructor(
    private readonly service: CaseService,
    private readonly editing: CaseEditing,
  ) {}

  @Query(() => CaseConnection, { description: 'The cases you may see, most recently changed first.' })
  @Allow('read', 'Case')
  cases(
    @CurrentSession() session: Session,
    @Args('filter', { type: () => CaseFilter, nullable: true }) filter?: CaseFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.list(session, filter ?? {}, { first, after });
  }

  @Query(() => CaseModel, { description: 'One case; NOT_FOUND when it does not exist or is not yours to see.' })
  @Allow('read', 'Case')
  case(@CurrentSession() session: Session, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(session, id);
  }

  @Mutation(() => CaseModel)
  @Allow('create', 'Case')
  createCase(@CurrentSession() session: Session, @Args('input') input: CreateCaseInput) {
    return this.editing.create(session, input);
  }

  @Mutation(() => CaseModel)
  // Gated per case in the service: NOT_FOUND when you may not see it, FORBIDDEN when you may not change it.
  @Authenticated()
  updateCase(
    @CurrentSession() session: Session,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCaseInput,
  ) {
    return this.editing.update(session, id, input);
  }

  @Mutation(() => CaseModel)
  // Gated per case in the service: NOT_FOUND when you may not see it, FORBIDDEN when you may not change it.
  @Authenticated()
  closeCase(
    @CurrentSession() session: Session,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CloseCaseInput,
  ) {
    return this.editing.close(session, id, input);
  }

  @Mutation(() => CaseModel, {
    description: 'Opens a closed case again (status OPEN, outcome cleared); its history stays on the timeline.',
  })
  // Gated per case in the service: NOT_FOUND when you may not see it, FORBIDDEN when you may not change it.
  @Authenticated()
  reopenCase(@CurrentSession() session: Session, @Args('id', { type: () => ID }) id: string) {
    return this.editing.reopen(session, id);
  }

  @ResolveField('editing', () => CaseEditingModel, {
    description: 'What you may change on this case now; the screen offers exactly that.',
  })
  editingRights(@CurrentSession() session: Session, @Parent() c: CaseModel) {
    return this.editing.rights(session, c.id);
  }

  @Mutation(() => CaseModel)
  // Gated per case in the service: NOT_FOUND when you may not see it, FORBIDDEN when you may not change it.
  @Authenticated()
  involveOrganisation(
    @CurrentSession() session: Session,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('userId', { type: () => ID, nullable: true }) userId?: string,
  ) {
    return this.editing.involveOrganisation(session, caseId, organisationId, userId);
  }

  @Mutation(() => CaseModel, { description: 'The zorgenvinkje: by the mentor or the coordinators of the school.' })
  @Authenticated()
  setWorryFlag(
    @CurrentSession() session: Session,
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('flag') flag: boolean,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ) {
    return this.editing.setWorryFlag(session, caseId, flag, note);
  }
}
