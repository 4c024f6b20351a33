import { registerEnumType } from '@nestjs/graphql';
import { OrganisationKind, Role, SchoolSector } from '@aanwezig/domain';

/** Domain enums exposed in the schema under their code names (CONTRACT.md). */
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(SchoolSector, { name: 'SchoolSector' });
registerEnumType(Role, { name: 'Role' });
