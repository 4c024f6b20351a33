import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, In } from 'typeorm';
import type { Session } from '../../core/auth/request-context';
import { AppError } from '../../core/errors/app-error';
import { paginate, type Connection, type PageRequest } from '../../core/graphql/pagination';
import { isUuid } from '../../core/database/uuid';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PupilEntity } from '../pupil/pupil.entity';
import { loadPeople, UNKNOWN_PERSON } from '../user/people';
import { audit } from './audit';
import { AuditAction, AuditEventEntity } from './audit-event.entity';
import type { AuditEventModel } from './audit.model';

export class AuditError extends AppError {}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** The access log of one pupil, newest first, for the school's privacy officer. Reading it is logged too. */
  async trail(session: Session, pupilId: string, page: PageRequest): Promise<Connection<AuditEventModel>> {
    const pupil = isUuid(pupilId) ? await this.dataSource.getRepository(PupilEntity).findOneBy({ id: pupilId }) : null;
    if (!pupil || !session.ability.can('read', subject('AuditTrail', { regionId: pupil.regionId, schoolId: pupil.schoolId }))) {
      throw new AuditError('NOT_FOUND', 'Deze leerling bestaat niet of u mag het toegangslogboek niet inzien.');
    }
    await audit(this.dataSource.manager, session, [
      { pupilId: pupil.id, regionId: pupil.regionId, action: AuditAction.AUDIT_READ, categories: [], subject: `AuditTrail:${pupil.id}` },
    ]);
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e').where('e.pupil_id = :pupilId', { pupilId: pupil.id });
    return paginate(
      query,
      { expression: `date_trunc('milliseconds', e.at)`, idExpression: 'e.id', direction: 'DESC', valueOf: (e) => e.at.toISOString(), idOf: (e) => e.id },
      page,
      async (events) => {
        const people = await loadPeople(this.dataSource.manager, events.map((e) => e.actorUserId));
        const organisationIds = [...new Set(events.flatMap((e) => e.onBehalfOf))];
        const organisations = organisationIds.length ? await this.dataSource.getRepository(OrganisationEntity).findBy({ id: In(organisationIds) }) : [];
        const byId = new Map(organisations.map((o) => [o.id, o]));
        return events.map((e) => ({
          id: e.id,
          at: e.at,
          actor: people.get(e.actorUserId) ?? UNKNOWN_PERSON,
          actorRoles: e.actorRoles,
          onBehalfOf: e.onBehalfOf.map((id) => byId.get(id)).filter((o): o is OrganisationEntity => Boolean(o)),
          action: e.action,
          categories: e.categories,
          subject: e.subject,
          clientAddress: e.clientAddress,
        }));
      },
    );
  }
}
