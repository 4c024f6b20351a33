import { registerEnumType } from '@nestjs/graphql';
import {
  ActionStatus,
  CaseCategory,
  CaseOutcome,
  CaseStatus,
  DataCategory,
  MeetingKind,
  MeetingStatus,
  OrganisationKind,
  Role,
  SchoolSector,
  Typology,
} from '@aanwezig/domain';

/** Domain enums exposed in the schema under their code names (CONTRACT.md). */
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(SchoolSector, { name: 'SchoolSector' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(CaseCategory, { name: 'CaseCategory', description: 'MSA category' });
registerEnumType(Typology, { name: 'Typology', description: 'Heyne typology of school absence' });
registerEnumType(CaseStatus, { name: 'CaseStatus' });
registerEnumType(CaseOutcome, { name: 'CaseOutcome' });
registerEnumType(DataCategory, { name: 'DataCategory', description: 'Category of pupil data; decides who may see it' });
registerEnumType(MeetingKind, { name: 'MeetingKind' });
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });
registerEnumType(ActionStatus, { name: 'ActionStatus' });
