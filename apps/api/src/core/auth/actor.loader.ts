import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '@aanwezig/authz';
import { UserEntity } from '../../modules/user/user.entity';

/** Builds the request's Actor from the database, so a revoked membership takes effect on the next request. */
@Injectable()
export class ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string, manager: EntityManager = this.dataSource.manager): Promise<Actor | null> {
    const user = await manager.getRepository(UserEntity).findOne({
      where: { id: userId, active: true },
      relations: { memberships: { organisation: true } },
    });
    if (!user) return null;
    return {
      userId: user.id,
      regionId: user.regionId,
      memberships: (user.memberships ?? []).map((m) => ({
        organisationId: m.organisationId,
        organisationKind: m.organisation!.kind,
        role: m.role,
      })),
    };
  }
}
