import type { MigrationInterface } from 'typeorm';
import { Initial1795455136493 } from './1795455136493-Initial';

import { CaseCollaboration1795456390988 } from './1795456390988-CaseCollaboration';

/** Every migration in order. Generated files are added here by tools/generate-migration; never edited after landing. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Initial1795455136493, CaseCollaboration1795456390988];
