import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };
import { chooseTestDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: import('./test-database').TestDatabaseChoice;
  }
}

/** Decides once per run which PostgreSQL the tests use, and says so. */
export default async function setup(project: TestProject): Promise<void> {
  const choice = await chooseTestDatabase();
  const where =
    choice.kind === 'server'
      ? `PostgreSQL server ${choice.adminUrl!.replace(/\/\/([^:@/]+):[^@]*@/, '//$1:***@')}`
      : `embedded PGlite (${process.env.TEST_DATABASE === 'embedded' ? 'TEST_DATABASE=embedded' : 'no server answered'})`;
  console.info(`[aanwezig api tests] database: ${where}; each test file gets a fresh database`);
  project.provide('testDatabase', choice);
}
