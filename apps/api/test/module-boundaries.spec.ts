import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ICruiseResult } from 'dependency-cruiser' with { 'resolution-mode': 'import' };
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The module rules of docs/architecture.md, checked on the source: module folders import each other
 * without a cycle, the layers below them (core, authz, the live events modules emit) import none of
 * them (the socket gateway sits above: it asks the case and meeting modules who may join), and a module
 * writes only its own tables. Reading another module's entity is allowed where it is listed here, with
 * why; writing it never is (ask its service).
 */
const ROOT = path.resolve(__dirname, '../../..');
const SRC = 'apps/api/src';
const MODULES = `${SRC}/modules`;

/**
 * Another module's entity class a file may import, to read it. An entity file may always import the
 * entities its foreign keys point at (a relation declares a reference, it writes nothing there).
 */
const ALLOWED_ENTITY_READS: Record<string, { entities: string[]; why: string }> = {
  [`${MODULES}/attendance/absence-import.service.ts`]: {
    entities: ['OrganisationEntity', 'PupilEntity'],
    why: "the school imported for (region, sector) and its pupils, to match each line's pupil",
  },
  [`${MODULES}/consent/consent.mapper.ts`]: {
    entities: ['GuardianEntity'],
    why: 'the type of the guardians a consent names',
  },
  [`${MODULES}/letter/letter.service.ts`]: {
    entities: ['GuardianEntity', 'PupilEntity', 'UserEntity'],
    why: "the letter's addressees and their e-mail addresses, the pupil's given name, the writer as contact",
  },
  [`${MODULES}/meeting/agenda.service.ts`]: {
    entities: ['CaseEntity'],
    why: "a case's status before it goes on an agenda, and the cases the suggestions are drawn from",
  },
  [`${MODULES}/meeting/meeting.service.ts`]: {
    entities: ['OrganisationEntity', 'UserEntity'],
    why: "the hosting school is in the planner's region; the participants are active users",
  },
  [`${MODULES}/reminder/reminder-settings.service.ts`]: {
    entities: ['OrganisationEntity'],
    why: "an organisation's region and current settings (written through the organisation module)",
  },
  [`${MODULES}/report/report.service.ts`]: {
    entities: ['RegionEntity'],
    why: "the region's name on the downloads",
  },
  [`${MODULES}/sign-in/sign-in.service.ts`]: {
    entities: ['UserEntity'],
    why: 'the account a dev login signs in, with its memberships, and the demo list',
  },
  [`${MODULES}/signal/signal.service.ts`]: {
    entities: ['OrganisationEntity', 'PupilEntity'],
    why: 'the pupil and school a signal is shown with',
  },
};

let graph: ICruiseResult;
let files: { file: string; module: string; text: string }[];
let owners: { tables: Map<string, string>; entities: Map<string, string> };

beforeAll(async () => {
  // dependency-cruiser is an ES module; this file compiles to CommonJS.
  const { cruise } = await import('dependency-cruiser');
  const result = await cruise(
    [SRC],
    {
      tsPreCompilationDeps: true,
      exclude: { path: '\\.spec\\.ts$' },
      doNotFollow: { path: 'node_modules' },
      collapse: `^${MODULES}/[^/]+`,
      baseDir: ROOT,
    },
    {},
    {},
  );
  graph = result.output as ICruiseResult;
  files = sourceFiles();
  owners = ownership(files);
}, 60_000);

describe('module boundaries', () => {
  it('has no import cycle between module folders', () => {
    const edges = new Map<string, string[]>();
    for (const m of graph.modules.filter((m) => m.source.startsWith(`${MODULES}/`)))
      edges.set(
        name(m.source),
        m.dependencies.filter((d) => d.resolved.startsWith(`${MODULES}/`)).map((d) => name(d.resolved)),
      );
    expect(cycles(edges)).toEqual([]);
  });

  it('keeps core, authz and the live-event contract below the modules', () => {
    const upward = graph.modules
      .filter((m) => /^apps\/api\/src\/(core\/|authz\/|realtime\/live-event)/.test(m.source))
      .flatMap((m) =>
        m.dependencies.filter((d) => d.resolved.startsWith(`${MODULES}/`)).map((d) => `${m.source} → ${d.resolved}`),
      );
    expect(upward).toEqual([]);
  });

  it('lets a module write only its own tables, in SQL and through TypeORM', () => {
    const writes = files.flatMap(({ file, module, text }) => [
      ...[...text.matchAll(/\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([a-z_]+)"?/gi)]
        .map((m) => m[1])
        .filter((table) => owners.tables.has(table) && owners.tables.get(table) !== module)
        .map((table) => `${file} writes ${table} (of ${owners.tables.get(table)})`),
      ...[
        ...text.matchAll(
          /\.(?:insert|save|update|upsert|delete|remove|softDelete|increment|decrement|into)\(\s*(\w+Entity)\b/g,
        ),
      ]
        .map((m) => m[1])
        .filter((entity) => owners.entities.has(entity) && owners.entities.get(entity) !== module)
        .map((entity) => `${file} writes ${entity} (of ${owners.entities.get(entity)})`),
    ]);
    expect(writes).toEqual([]);
  });

  it("imports another module's entity only where it is listed as a read", () => {
    const unlisted = files.flatMap(({ file, module, text }) =>
      [...text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'\.\.\/([a-z-]+)\/[^']+'/g)].flatMap((m) =>
        m[1]
          .split(',')
          .map((s) => s.trim().replace(/^type\s+/, ''))
          .filter((entity) => owners.entities.has(entity) && owners.entities.get(entity) !== module)
          .filter(() => !file.endsWith('.entity.ts'))
          .filter((entity) => !ALLOWED_ENTITY_READS[file]?.entities.includes(entity))
          .map((entity) => `${file} imports ${entity} (of ${owners.entities.get(entity)})`),
      ),
    );
    expect(unlisted).toEqual([]);
  });

  it('lists no read that is no longer there', () => {
    const stale = Object.entries(ALLOWED_ENTITY_READS).flatMap(([file, { entities }]) => {
      const text = files.find((f) => f.file === file)?.text ?? '';
      return entities.filter((entity) => !new RegExp(`\\b${entity}\\b`).test(text)).map((e) => `${file}: ${e}`);
    });
    expect(stale).toEqual([]);
  });
});

function name(source: string): string {
  return source.slice(MODULES.length + 1).split('/')[0];
}

function sourceFiles() {
  const found: { file: string; module: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
        found.push({ file: relative, module: name(relative), text: readFileSync(path.join(ROOT, relative), 'utf8') });
    }
  };
  walk(MODULES);
  return found;
}

/** Which module owns each table and entity class: the one whose folder declares the entity. */
function ownership(sources: typeof files) {
  const tables = new Map<string, string>();
  const entities = new Map<string, string>();
  for (const { module, text } of sources)
    for (const m of text.matchAll(/@Entity\('([a-z_]+)'[^)]*\)(?:\s*@[\s\S]*?)?\s*export class (\w+)/g)) {
      tables.set(m[1], module);
      entities.set(m[2], module);
    }
  return { tables, entities };
}

/** The strongly connected components with more than one module (Tarjan), each as its members in order. */
function cycles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const state = new Map<string, { index: number; low: number; onStack: boolean }>();
  const found: string[][] = [];
  const visit = (node: string) => {
    const own = { index, low: index, onStack: true };
    index += 1;
    state.set(node, own);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const seen = state.get(next);
      if (!seen) {
        visit(next);
        own.low = Math.min(own.low, state.get(next)!.low);
      } else if (seen.onStack) own.low = Math.min(own.low, seen.index);
    }
    if (own.low === own.index) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        state.get(member)!.onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}
