import { OrganisationEntity } from '../modules/organisation/organisation.entity';
import { RegionEntity } from '../modules/organisation/region.entity';
import { MembershipEntity } from '../modules/user/membership.entity';
import { UserEntity } from '../modules/user/user.entity';

/** Every entity, listed explicitly: no glob loading, so the bundle and the tests see the same set. */
export const ENTITIES = [RegionEntity, OrganisationEntity, UserEntity, MembershipEntity];
