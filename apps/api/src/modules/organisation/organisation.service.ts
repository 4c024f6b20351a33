import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { accessibleWhere } from '../../authz/accessible-where';
import type { Session } from '../../core/auth/request-context';
import { OrganisationEntity } from './organisation.entity';
import { RegionEntity } from './region.entity';

@Injectable()
export class OrganisationService {
  constructor(private readonly dataSource: DataSource) {}

  /** The organisations the actor may see (their region's), schools first, then by name. */
  async list(session: Session): Promise<OrganisationEntity[]> {
    const where = accessibleWhere<'Organisation', OrganisationEntity>(session.ability, 'read', 'Organisation');
    if (!where) return [];
    const organisations = await this.dataSource.getRepository(OrganisationEntity).find({ where });
    return organisations.sort(
      (a, b) => Number(b.kind === 'SCHOOL') - Number(a.kind === 'SCHOOL') || a.name.localeCompare(b.name, 'nl'),
    );
  }

  async region(session: Session): Promise<RegionEntity> {
    return this.dataSource.getRepository(RegionEntity).findOneByOrFail({ id: session.actor.regionId });
  }
}
