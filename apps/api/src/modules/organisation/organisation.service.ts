import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { accessibleSql } from '../../authz/accessible-sql';
import { AppError } from '../../core/errors/app-error';
import type { Session } from '../../core/auth/request-context';
import { byDutchName } from './organisation-names';
import { OrganisationEntity } from './organisation.entity';
import { RegionEntity } from './region.entity';

@Injectable()
export class OrganisationService {
  constructor(private readonly dataSource: DataSource) {}

  /** The organisations the actor may see (their region's), schools first, then by name. */
  async list(session: Session): Promise<OrganisationEntity[]> {
    const access = accessibleSql(session.ability, 'read', 'Organisation', {
      id: (p) => `o.id = ANY(:${p})`,
      regionId: (p) => `o.region_id = ANY(:${p})`,
    });
    if (!access) return [];
    const organisations = await this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where(access.sql, access.params)
      .getMany();
    return organisations.sort((a, b) => Number(b.kind === 'SCHOOL') - Number(a.kind === 'SCHOOL') || byDutchName(a, b));
  }

  /** One organisation of the actor's region, or NOT_FOUND (a retried mutation's answer, read again). */
  async read(session: Session, id: string): Promise<OrganisationEntity> {
    const organisation = (await this.list(session)).find((o) => o.id === id);
    if (!organisation) throw new AppError('NOT_FOUND', { reason: 'signIn.noSuchOrganisation' });
    return organisation;
  }

  async region(session: Session): Promise<RegionEntity> {
    return this.dataSource.getRepository(RegionEntity).findOneByOrFail({ id: session.actor.regionId });
  }
}
