import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated } from '../../authz/permission.decorator';
import { CurrentSession, type Session } from '../../core/auth/request-context';
import { NotificationConnection, NotificationModel } from './notification.model';
import { NotificationService } from './notification.service';

@Resolver(() => NotificationModel)
export class NotificationResolver {
  constructor(private readonly service: NotificationService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  @Authenticated()
  notifications(
    @CurrentSession() session: Session,
    @Args('unreadOnly', { nullable: true }) unreadOnly?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.list(session, unreadOnly ?? false, { first, after });
  }

  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  @Authenticated()
  unreadNotificationCount(@CurrentSession() session: Session) {
    return this.service.unreadCount(session);
  }

  @Mutation(() => Int, {
    description: 'Marks these of your notifications read (all of them without ids); returns how many changed.',
  })
  @Authenticated()
  markNotificationsRead(
    @CurrentSession() session: Session,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[],
  ) {
    return this.service.markRead(session, ids);
  }
}
