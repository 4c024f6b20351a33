// Shared Vitest settings: SWC compiles Nest/TypeORM decorators with metadata, and the
// @aanwezig/* libraries resolve to their TypeScript sources so tests never need a build.
import swc from 'unplugin-swc';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = import.meta.dirname;

export const workspaceAliases = {
  '@aanwezig/domain': path.join(root, 'libs/domain/src/index.ts'),
  '@aanwezig/authz': path.join(root, 'libs/authz/src/index.ts'),
  '@aanwezig/messages': path.join(root, 'libs/messages/src/index.ts'),
};

/**
 * Server-side tests must load graphql's CommonJS build, as Nest does: Vite would otherwise pick its ESM
 * build for our files (and for ESM-first packages that import graphql), and graphql refuses types "from another module or realm".
 */
export const serverAliases = [
  ...Object.entries(workspaceAliases).map(([find, replacement]) => ({ find, replacement })),
  ...['graphql', 'graphql-query-complexity'].map((name) => ({
    find: new RegExp(`^${name}$`),
    replacement: createRequire(import.meta.url).resolve(name),
  })),
];

export const swcDecorators = () =>
  swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
  });

/** Console output plus a JSON report per project, summed up into one closing line by tools/test.mjs. */
export function testReporters(project: string) {
  return {
    reporters: ['default', 'json'],
    outputFile: { json: path.join(root, 'dist/test-results', `${project}.json`) },
  };
}
