// Shared Vitest settings: SWC compiles Nest/TypeORM decorators with metadata, and the
// @aanwezig/* libraries resolve to their TypeScript sources so tests never need a build.
import swc from 'unplugin-swc';
import path from 'node:path';

const root = import.meta.dirname;

export const workspaceAliases = {
  '@aanwezig/domain': path.join(root, 'libs/domain/src/index.ts'),
  '@aanwezig/authz': path.join(root, 'libs/authz/src/index.ts'),
};

export const swcDecorators = () =>
  swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
  });
