import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { DataSource, type ObjectLiteral } from 'typeorm';
import type { Session } from '../../core/auth/request-context';
import { newestFirst, paginate, type Connection, type PageRequest } from '../../core/graphql/pagination';
import { isUuid } from '../../core/database/uuid';
import { loadOrganisations } from '../organisation/organisation-names';
import { loadPeople, UNKNOWN_PERSON } from '../user/people';
import { audit } from './audit';
import { AuditAction } from './audit-event.entity';
import type { AuditEventModel, AuditSubjectModel } from './audit.model';
import { auditSearchText } from './dto/audit-search.input';
import { trailFilter, type AuditTrailFilter } from './dto/audit-trail-filter.input';
import type { PersonModel } from '../user/user-summary.model';
import { auditPupilNotFound } from './audit.errors';
import { organisationIdsWithRole } from '@aanwezig/authz';
import { Role } from '@aanwezig/domain';

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Pupils of the privacy officer's own schools by exact pupil number or part of the name, to answer a
   * request about them. Identity only, at most 20, and every pupil found is logged as read.
   */
  async subjects(session: Session, search: string): Promise<AuditSubjectModel[]> {
    const text = auditSearchText(search);
    const schools = organisationIdsWithRole(session.actor, [Role.PRIVACY_OFFICER]);
    const rows: {
      id: string;
      region_id: string;
      given_name: string;
      family_name: string;
      pupil_number: string;
      group_name: string;
      date_of_birth: string;
      school_name: string;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.region_id, p.given_name, p.family_name, p.pupil_number, p.group_name, p.date_of_birth::text, o.name AS school_name
           FROM pupil p JOIN organisation o ON o.id = p.school_id
          WHERE p.region_id = $1 AND p.school_id = ANY($2)
            AND (p.pupil_number = $3 OR p.given_name || ' ' || p.family_name ILIKE $4)
          ORDER BY p.family_name, p.given_name, p.id LIMIT 20`,
      [session.actor.regionId, schools, text, `%${text.replace(/[%_\\]/g, '\\$&')}%`],
    );
    await audit(
      this.dataSource.manager,
      session,
      rows.map((r) => ({
        pupilId: r.id,
        regionId: r.region_id,
        action: AuditAction.READ,
        categories: ['IDENTITY'],
        subject: `AuditSubject:${r.id}`,
      })),
    );
    return rows.map((r) => ({
      id: r.id,
      displayName: `${r.given_name} ${r.family_name}`,
      pupilNumber: r.pupil_number,
      groupName: r.group_name,
      dateOfBirth: r.date_of_birth,
      schoolName: r.school_name,
    }));
  }

  /**
   * The pupil whose log is asked for, if the reader may read it (the pupil's school decides; read from
   * the pupil table, an allowed read: the log sits below pupil). Reading it is logged (AUDIT_READ).
   */
  private async readablePupil(session: Session, pupilId: string): Promise<{ id: string; regionId: string }> {
    const [pupil]: { id: string; regionId: string; schoolId: string }[] = isUuid(pupilId)
      ? await this.dataSource.query(
          `SELECT id, region_id AS "regionId", school_id AS "schoolId" FROM pupil WHERE id = $1`,
          [pupilId],
        )
      : [];
    if (
      !pupil ||
      !session.ability.can('read', subject('AuditTrail', { regionId: pupil.regionId, schoolId: pupil.schoolId }))
    ) {
      throw auditPupilNotFound();
    }
    await audit(this.dataSource.manager, session, [
      {
        pupilId: pupil.id,
        regionId: pupil.regionId,
        action: AuditAction.AUDIT_READ,
        categories: [],
        subject: `AuditTrail:${pupil.id}`,
      },
    ]);
    return pupil;
  }

  /**
   * The people who appear in one pupil's log, by name, to filter it by: only people the log itself
   * shows the reader (it names every actor of its events), so the list tells nothing the log does not.
   */
  async trailActors(session: Session, pupilId: string): Promise<PersonModel[]> {
    const pupil = await this.readablePupil(session, pupilId);
    const rows: { actor_user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT actor_user_id FROM audit_trail WHERE pupil_id = $1`,
      [pupil.id],
    );
    const people = await loadPeople(
      this.dataSource.manager,
      rows.map((r) => r.actor_user_id),
    );
    return rows
      .map((r) => people.get(r.actor_user_id) ?? { ...UNKNOWN_PERSON, id: r.actor_user_id })
      .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id));
  }

  /**
   * The access log of one pupil, newest first, for the school's privacy officer, narrowed by person and
   * days if asked: a filter only leaves rows out of the log the reader may read whole, so it shows nothing
   * the log would not (a person who never appears gives no rows, as one that appears elsewhere). Days are
   * Dutch calendar days. Reading it is logged too.
   */
  async trail(
    session: Session,
    pupilId: string,
    page: PageRequest,
    filter: AuditTrailFilter | null = null,
  ): Promise<Connection<AuditEventModel>> {
    const only = trailFilter(filter);
    const pupil = await this.readablePupil(session, pupilId);
    const query = this.dataSource
      .createQueryBuilder()
      .from('audit_trail', 'e')
      .where('e.pupil_id = :pupilId', { pupilId: pupil.id });
    if (only.actorId) query.andWhere('e.actor_user_id = :actorId', { actorId: only.actorId });
    if (only.from)
      query.andWhere(`e.at >= (:from::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`, { from: only.from });
    if (only.to) query.andWhere(`e.at < (:to::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`, { to: only.to });
    return paginate<ObjectLiteral, AuditEventModel, TrailRow>(
      query,
      newestFirst<TrailRow>('e'),
      page,
      async (events) => {
        const people = await loadPeople(
          this.dataSource.manager,
          events.map((e) => e.actor_user_id),
        );
        const byId = await loadOrganisations(
          this.dataSource.manager,
          events.flatMap((e) => e.on_behalf_of),
        );
        return events.map((e) => ({
          id: e.id,
          at: e.at,
          actor: people.get(e.actor_user_id) ?? UNKNOWN_PERSON,
          actorRoles: e.actor_roles,
          onBehalfOf: e.on_behalf_of.flatMap((id) => byId.get(id) ?? []),
          action: e.action,
          categories: e.categories,
          fields: e.fields,
          subject: e.subject,
          clientAddress: e.client_address,
        }));
      },
      (paged) => paged.select('e.*').getRawMany<TrailRow>(),
    );
  }
}

/** A row of the `audit_trail` view: one event as it concerns one pupil. */
type TrailRow = {
  id: string;
  at: Date;
  actor_user_id: string;
  actor_roles: string[];
  on_behalf_of: string[];
  action: AuditAction;
  categories: string[];
  fields: string[];
  subject: string;
  client_address: string | null;
};
