import { classMentorIdsSql } from '../user/class-mentors';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { accessibleSql } from '../../authz/accessible-sql';
import type { Session } from '../../core/auth/request-context';
import { paginate, type Connection, type PageRequest } from '../../core/graphql/pagination';
import { findOrganisations } from '../organisation/organisations';
import { audit } from '../audit/audit';
import { AuditAction } from '../audit/audit-event.entity';
import { PupilEntity } from './pupil.entity';
import { toParentModel, toPupilModel } from './pupil.mapper';
import type { ParentModel, PupilModel } from './pupil.model';
import { GuardianEntity } from './guardian.entity';

@Injectable()
export class PupilService {
  constructor(private readonly dataSource: DataSource) {}

  /** Pupils of the schools where the actor works, by family name; search by name or pupil number. */
  list(session: Session, search: string | null | undefined, page: PageRequest): Promise<Connection<PupilModel>> {
    const access = accessibleSql(session.ability, 'read', 'Pupil', {
      regionId: (p) => `p.region_id = ANY(:${p})`,
      schoolId: (p) => `p.school_id = ANY(:${p})`,
      mentorUserIds: (p) => `${classMentorIdsSql('p')} && :${p}::text[]`,
    });
    const query = this.dataSource
      .getRepository(PupilEntity)
      .createQueryBuilder('p')
      .where(access?.sql ?? 'false', access?.params);
    const text = search?.trim();
    if (text) {
      query.andWhere(`(p.given_name || ' ' || p.family_name ILIKE :search OR p.pupil_number = :exact)`, {
        search: `%${text.replace(/[%_\\]/g, '\\$&')}%`,
        exact: text,
      });
    }
    return paginate(
      query,
      {
        expression: `p.family_name || ' ' || p.given_name`,
        idExpression: 'p.id',
        direction: 'ASC',
        valueOf: (p) => `${p.familyName} ${p.givenName}`,
        idOf: (p) => p.id,
      },
      page,
      async (pupils) => {
        const schools = await findOrganisations(this.dataSource.manager, [...new Set(pupils.map((p) => p.schoolId))]);
        const byId = new Map(schools.map((s) => [s.id, s]));
        await audit(
          this.dataSource.manager,
          session,
          pupils.map((p) => ({
            pupilId: p.id,
            regionId: p.regionId,
            action: AuditAction.READ,
            categories: ['IDENTITY'],
            subject: `Pupil:${p.id}`,
          })),
        );
        return pupils.map((p) => toPupilModel(p, byId.get(p.schoolId)!));
      },
    );
  }

  /** Parents of several pupils, in one query, by name. */
  async guardiansOf(pupilIds: readonly string[]): Promise<Map<string, ParentModel[]>> {
    const rows = await this.dataSource
      .getRepository(GuardianEntity)
      .find({ where: { pupilId: In([...pupilIds]) }, order: { name: 'ASC' } });
    const byPupil = new Map<string, ParentModel[]>();
    for (const g of rows) byPupil.set(g.pupilId, [...(byPupil.get(g.pupilId) ?? []), toParentModel(g)]);
    return byPupil;
  }
}
