import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { ReplayReaders, foundIn } from '../../core/idempotency/replay';
import { CaseFilter } from '../case/dto/case.input';
import { SavedViewModel } from './saved-view.model';
import { SavedViewService } from './saved-view.service';

/** Each user's own views of the case list; nobody reads or changes another's. */
@Resolver(() => SavedViewModel)
export class SavedViewResolver {
  constructor(
    private readonly views: SavedViewService,
    replays: ReplayReaders,
  ) {
    // A retried saveView reads the view again among the user's own (core/idempotency).
    replays.register<SavedViewModel>('SavedView', {
      read: async (session, id) => foundIn(await views.list(session), (v) => v.id === id),
    });
  }

  @Query(() => [SavedViewModel], { description: 'Your saved views of the case list, by name.' })
  @Authenticated()
  savedViews(@CurrentSession() session: Session) {
    return this.views.list(session);
  }

  @Mutation(() => SavedViewModel, {
    description: 'Save a case-list filter under a name (the same name replaces it). Search text is not kept.',
  })
  @Authenticated()
  saveView(
    @CurrentSession() session: Session,
    @Args('name') name: string,
    @Args('filter', { type: () => CaseFilter }) filter: CaseFilter,
  ) {
    return this.views.save(session, name, filter);
  }

  @Mutation(() => Boolean, { description: 'Delete one of your saved views.' })
  @Authenticated()
  deleteView(@CurrentSession() session: Session, @Args('id', { type: () => ID }) id: string) {
    return this.views.remove(session, id);
  }
}
