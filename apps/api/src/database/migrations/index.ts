import type { MigrationInterface } from 'typeorm';
import { Initial1795455136493 } from './1795455136493-Initial';

/** Every migration in order. Generated files are added here by tools/generate-migration; never edited after landing. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Initial1795455136493];
