import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Session } from '../../core/auth/request-context';
import { accessibleSql, type AttributeSql } from '../../authz/accessible-sql';
import { newestFirst, paginate, type Connection, type PageRequest } from '../../core/graphql/pagination';
import { SignInEventEntity } from './sign-in-event.entity';
import type { SignInEventModel } from './sign-in.model';

const SIGN_IN_LOG_SQL: AttributeSql<'SignInLog'> = {
  regionId: (p) => `e.region_id = ANY(:${p})`,
  // The organisation's provider, or (a dev login, an attempt before the provider was known) one of its people.
  organisationId: (p) =>
    `(e.organisation_id = ANY(:${p}) OR EXISTS (SELECT 1 FROM membership m WHERE m.user_id = e.user_id AND m.organisation_id = ANY(:${p})))`,
};

/**
 * The sign-in log, newest first, as the reader may see it (libs/authz SignInLog): the administrator
 * the region's, a privacy officer their organisation's. Filtered in SQL, counts included.
 */
@Injectable()
export class SignInEventsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(session: Session, page: PageRequest): Promise<Connection<SignInEventModel>> {
    const access = accessibleSql(session.ability, 'read', 'SignInLog', SIGN_IN_LOG_SQL);
    const query = this.dataSource
      .getRepository(SignInEventEntity)
      .createQueryBuilder('e')
      .where(access ? access.sql : 'false', access?.params ?? {});
    return paginate(query, newestFirst<SignInEventEntity>('e'), page, (events) => this.toModels(events));
  }

  private async toModels(events: SignInEventEntity[]): Promise<SignInEventModel[]> {
    const names: { kind: 'u' | 'o'; id: string; name: string }[] = events.length
      ? await this.dataSource.query(
          `SELECT 'u' AS kind, id, name FROM app_user WHERE id = ANY($1::uuid[])
           UNION ALL SELECT 'o', id, name FROM organisation WHERE id = ANY($2::uuid[])`,
          [
            events.map((e) => e.userId).filter((id) => id !== null),
            events.map((e) => e.organisationId).filter((id) => id !== null),
          ],
        )
      : [];
    const nameOf = (kind: 'u' | 'o', id: string | null) =>
      names.find((n) => n.kind === kind && n.id === id)?.name ?? null;
    return events.map((e) => ({
      id: e.id,
      at: e.at,
      email: e.email,
      userName: nameOf('u', e.userId),
      organisationName: nameOf('o', e.organisationId),
      method: e.method,
      issuer: e.issuer,
      outcome: e.outcome,
      reason: e.reason,
      address: e.address,
    }));
  }
}
