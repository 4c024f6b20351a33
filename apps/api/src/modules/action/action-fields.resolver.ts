import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { DataCategory } from '@aanwezig/domain';
import { sessionOf, type GraphQLContext } from '../../core/auth/request-context';
import { requestLoader } from '../../core/graphql/request-loaders';
import { CaseAccess, type CaseFacts } from '../case/case-access';
import { ownerCandidates, type OwnerCandidate } from './action-owners';
import { ActionModel, ActionOwnerCandidateModel } from './action.model';
import { ActionService } from './action.service';

/**
 * What the reader may do to an action (Action.mayChange) and to whom they may hand it
 * (Action.ownerCandidates): decided by libs/authz on the action's case, read once per request for all
 * the actions shown, so a screen offers exactly the controls the API would accept.
 */
@Resolver(() => ActionModel)
export class ActionFieldsResolver {
  constructor(
    private readonly service: ActionService,
    private readonly access: CaseAccess,
    private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => Boolean, {
    description:
      'You may mark it done, hand it to someone else and give it a new deadline: its owner and the school’s coordinators. False once done.',
  })
  async mayChange(@Parent() action: ActionModel, @Context() { req }: GraphQLContext): Promise<boolean> {
    const facts = await this.facts(req, action.caseId);
    return !!facts && this.service.mayChange(sessionOf(req), action, facts);
  }

  @ResolveField(() => [ActionOwnerCandidateModel], {
    description:
      'Who you may hand it to: the people who may open the case and read the action, its owner left out. Empty when you may not change it.',
  })
  async ownerCandidates(
    @Parent() action: ActionModel,
    @Context() { req }: GraphQLContext,
  ): Promise<ActionOwnerCandidateModel[]> {
    const facts = await this.facts(req, action.caseId);
    // Names tell which organisations work on the case: none where the owner's name is shielded.
    if (!facts || action.shielded.some((s) => s.field === 'owner')) return [];
    if (!this.service.mayChange(sessionOf(req), action, facts)) return [];
    const candidates = await requestLoader<OwnerCandidate[]>(
      req,
      'action.ownerCandidates',
      async (keys) => {
        const found = new Map<string, OwnerCandidate[]>();
        for (const key of keys) {
          const [caseId, category] = key.split(':');
          const caseFacts = await this.facts(req, caseId);
          if (caseFacts)
            found.set(
              key,
              await ownerCandidates(this.dataSource.manager, this.access, caseFacts, category as DataCategory),
            );
        }
        return found;
      },
      [],
    ).load(`${action.caseId}:${action.category}`);
    return candidates.filter((c) => c.id !== action.ownerUserId);
  }

  /** The facts of the actions' cases, read once for all the actions of the request. */
  private facts(req: GraphQLContext['req'], caseId: string): Promise<CaseFacts | null> {
    return requestLoader<CaseFacts | null>(req, 'action.caseFacts', (ids) => this.access.facts(ids), null).load(caseId);
  }
}
