import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Session } from '../../core/auth/request-context';
import { paginate, type Connection, type PageRequest } from '../../core/graphql/pagination';
import { NotificationEntity } from './notification.entity';
import type { NotificationModel } from './notification.model';
import { checkNotificationIds } from './dto/mark-read.input';
import { notificationText } from './notification-text';

/** Everyone reads and marks only their own notifications. */
@Injectable()
export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  list(session: Session, unreadOnly: boolean, page: PageRequest): Promise<Connection<NotificationModel>> {
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_user_id = :me', { me: session.actor.userId });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return paginate(
      query,
      {
        expression: `date_trunc('milliseconds', n.created_at)`,
        idExpression: 'n.id',
        direction: 'DESC',
        valueOf: (n) => n.createdAt.toISOString(),
        idOf: (n) => n.id,
      },
      page,
      (rows) => rows.map(toNotificationModel),
    );
  }

  async unreadCount(session: Session): Promise<number> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_user_id = :me AND n.read_at IS NULL', { me: session.actor.userId })
      .getCount();
  }

  /** Marks these (or, without ids, all) of your notifications read; returns how many changed. */
  async markRead(session: Session, ids: readonly string[] | null | undefined): Promise<number> {
    const only = checkNotificationIds(ids);
    const [{ changed }]: { changed: number }[] = await this.dataSource.query(
      `WITH marked AS (UPDATE notification SET read_at = now() WHERE recipient_user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2)) RETURNING 1)
       SELECT count(*)::int AS changed FROM marked`,
      [session.actor.userId, only],
    );
    return changed;
  }
}

/** A stored notification (kind and references) with its kind's Dutch sentence, as the API says it. */
export function toNotificationModel(n: NotificationEntity): NotificationModel {
  return { ...n, ...notificationText(n.kind) };
}
