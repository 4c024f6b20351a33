import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { MAX_BODY_BYTES, MAX_IMPORT_ROWS, MAX_ROW_BYTES } from '../src/core/http/json-body';
import { QUERY_LIMITS, queryCost } from '../src/core/graphql/query-cost';
import { SCHEMA_FILE } from '../src/core/graphql/graphql.options';
import { COORDINATOR } from './support/graphql-helpers';
import { useTestServer } from './support/test-server';

const ROOT = path.resolve(__dirname, '../../..');
const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

function filesUnder(dir: string, matches: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory())
      return name === 'node_modules' || name === 'generated' ? [] : filesUnder(full, matches);
    return matches(full) ? [full] : [];
  });
}

interface Operation {
  where: string;
  name: string;
  document: DocumentNode;
  /** Variables that decide a cost: the largest page a variable `first` could ask for. */
  variables: Record<string, unknown>;
}

/** A value of this input type for a variable the client fills in (its cost does not depend on it). */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sampleValue(f.type)]),
    );
  }
  return (
    ({ Int: 1, Float: 1, Boolean: true, DateTime: '2026-01-01T00:00:00.000Z' } as Record<string, unknown>)[type.name] ??
    'x'
  );
}

/** The operations of a document, with variables that decide its cost. */
function operationsOf(where: string, document: DocumentNode): Operation[] {
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
    .map((operation) => {
      // A `first` the client sets through a variable counts at the largest page the API serves.
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? [])
          .filter((v) => v.defaultValue === undefined)
          .map((v) => [
            v.variable.name.value,
            v.variable.name.value === 'first'
              ? 100
              : sampleValue(typeFromAST(schema, v.type as never) as GraphQLInputType),
          ]),
      );
      return { where, name: operation.name?.value ?? '(anonymous)', document, variables };
    });
}

const WEB_DOCUMENT = /graphql\(`([\s\S]*?)`\)/g;

/** Fragments the web client shares between operations (`graphql(\`fragment ...\`)` elsewhere, e.g. ShieldedFields). */
function webFragments(): Map<string, FragmentDefinitionNode> {
  const files = filesUnder(path.join(ROOT, 'apps/web/src'), (f) => /\.tsx?$/.test(f));
  const fragmentsOnly = files
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(WEB_DOCUMENT)].map((m) => parse(m[1])))
    .filter((d) => d.definitions.every((x) => x.kind === Kind.FRAGMENT_DEFINITION));
  return new Map(fragmentsOnly.flatMap((d) => d.definitions as FragmentDefinitionNode[]).map((f) => [f.name.value, f]));
}

/** An operation's document with the shared fragments it spreads, as the client's codegen sends it. */
function withSharedFragments(document: DocumentNode, shared: Map<string, FragmentDefinitionNode>): DocumentNode {
  const defined = new Set(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])),
  );
  const added: FragmentDefinitionNode[] = [];
  const collect = (node: DocumentNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = shared.get(spread.name.value);
        if (!fragment || defined.has(fragment.name.value)) return;
        defined.add(fragment.name.value);
        added.push(fragment);
        collect(fragment);
      },
    });
  collect(document);
  return { ...document, definitions: [...document.definitions, ...added] };
}

/** The web client's operations: one per file under src/modules/<feature>/graphql/ (ARCHITECTURE.md), each valid. */
function webOperations(): Operation[] {
  const files = filesUnder(
    path.join(ROOT, 'apps/web/src'),
    (f) => f.includes(`${path.sep}graphql${path.sep}`) && f.endsWith('.ts'),
  );
  const shared = webFragments();
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(WEB_DOCUMENT)].flatMap((m) => {
      const document = withSharedFragments(parse(m[1]), shared);
      expect(validate(schema, document), file).toEqual([]);
      return operationsOf(path.relative(ROOT, file), document);
    }),
  );
}

/** The document as urql sends it: `__typename` beside the fields of every object selection. */
function withTypenames(document: DocumentNode): DocumentNode {
  const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
  return visit(document, {
    SelectionSet: (set, _key, parent) =>
      parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION
        ? undefined
        : { ...set, selections: [...set.selections, typename] },
  });
}

/** The operations the browser tests send themselves: every string literal in e2e/ that is a valid operation. */
function e2eOperations(): Operation[] {
  const files = filesUnder(path.join(ROOT, 'apps/web/e2e'), (f) => f.endsWith('.ts'));
  return files.flatMap((file) => {
    const literals: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest));
    return literals
      .filter((l) => /^\s*(query|mutation|\{)/.test(l))
      .flatMap((l) => {
        let document: DocumentNode;
        try {
          document = parse(l);
        } catch {
          return []; // not GraphQL
        }
        return validate(schema, document).length === 0 ? operationsOf(path.relative(ROOT, file), document) : [];
      });
  });
}

describe('what the web client asks for fits the limits', () => {
  const web = webOperations();
  const e2e = e2eOperations();

  it('finds the operations the web client ships and the browser tests send', () => {
    // One operation per file under graphql/, and the calls the browser tests make themselves.
    expect(web.length).toBe(
      filesUnder(
        path.join(ROOT, 'apps/web/src'),
        (f) => f.includes(`${path.sep}graphql${path.sep}`) && f.endsWith('.ts'),
      ).length,
    );
    expect(e2e.length).toBeGreaterThanOrEqual(7);
  });

  it.each([...webOperations(), ...e2eOperations()].map((o) => [`${o.where} ${o.name}`, o] as const))(
    '%s is within the cost and node limits',
    (_label, operation) => {
      const measured = queryCost(
        schema,
        withTypenames(operation.document),
        operation.name === '(anonymous)' ? undefined : operation.name,
        operation.variables,
      );
      // As the client sends it (urql adds __typename to every selection, in shared fragments too),
      // the operation costs what it costs as written: __typename is free.
      expect(measured).toEqual(
        queryCost(
          schema,
          operation.document,
          operation.name === '(anonymous)' ? undefined : operation.name,
          operation.variables,
        ),
      );
      expect(measured.cost).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
      expect(measured.nodes).toBeLessThanOrEqual(QUERY_LIMITS.maxNodes);
    },
  );

  it('prints the largest ones (for docs/architecture.md)', () => {
    const measured = [...web, ...e2e].map((o) => ({
      op: `${o.where} ${o.name}`,
      ...queryCost(schema, o.document, o.name === '(anonymous)' ? undefined : o.name, o.variables),
    }));
    const top = [...measured].sort((a, b) => b.cost - a.cost).slice(0, 5);
    console.info(top.map((m) => `${m.cost}\t${m.nodes}\t${m.op}`).join('\n'));
    expect(top[0].cost).toBeGreaterThan(0);
  });
});

describe('a request that asks for too much', () => {
  const t = useTestServer();
  const sql = async <R>(query: string, params: unknown[] = []) =>
    (await t.server.dataSource.query(query, params)) as R[];
  const auditEvents = async () => (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event`))[0].n;
  const CASES = 'cases(first: 100) { edges { node { id attendance { percentage } timeline { summary } } } }';
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${CASES}`).join(' ')} }`;

  it('refuses 60 aliases of a page of 100 cases with their attendance and timeline, naming the limit, and reads nothing', async () => {
    const token = await t.login(COORDINATOR);
    const before = await auditEvents();
    const refused = await t.graphql(aliased(60), {}, token);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(new RegExp(`maxCost\\) is ${QUERY_LIMITS.maxCost}`));
    // Nothing was read, so nothing was logged as read.
    expect(await auditEvents()).toBe(before);
  });

  it('refuses fragments that spread each other in a cycle as an invalid query, not with an internal error; other queries still pass the depth rule', async () => {
    for (const query of [
      'fragment A on Query { me { id } ...A } { ...A }',
      'fragment A on Query { ...B } fragment B on Query { me { id } ...A } { ...A }',
    ]) {
      const answer = await t.graphql(query);
      expect(answer.errors?.[0]?.extensions?.code, query).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
    }
    const token = await t.login(COORDINATOR);
    const deep = `{ cases(first: 1) { edges { node { actions { owner { id } } timeline { actor { id } } pupil { school { id } } visibility { organisation { id } categories { category } } } } } }`;
    expect((await t.graphql(deep, {}, token)).errors).toBeUndefined();
  });

  it('counts each alias: one such page is served, eight together are refused', async () => {
    const token = await t.login(COORDINATOR);
    const one = await t.graphql<{ a0: { edges: unknown[] } }>(aliased(1), {}, token);
    expect(one.errors).toBeUndefined();
    expect(one.data!.a0.edges.length).toBeGreaterThan(0);
    expect((await t.graphql(aliased(8), {}, token)).errors?.[0].message).toMatch(/maxCost/);
  });

  it('counts `first` as asked, also through a variable with a default', async () => {
    const token = await t.login(COORDINATOR);
    // 100 cases with 10 timeline entries each is 1,100 records; five such pages are over the node cap.
    const pages = (first: string) =>
      `query($n: Int = 100) { ${Array.from({ length: 5 }, (_, i) => `p${i}: cases(first: ${first}) { edges { node { timeline { id } } } }`).join(' ')} }`;
    expect((await t.graphql(pages('$n'), {}, token)).errors?.[0].message).toMatch(
      new RegExp(`maxNodes\\) is ${QUERY_LIMITS.maxNodes}`),
    );
    expect((await t.graphql(pages('$n'), { n: 10 }, token)).errors).toBeUndefined();
  });

  it('refuses a document with more fields than are counted, instead of letting it through uncounted', async () => {
    const token = await t.login(COORDINATOR);
    const fields = Array.from({ length: QUERY_LIMITS.maxFields + 1 }, (_, i) => `f${i}: __typename`).join(' ');
    const refused = await t.graphql(`{ ${fields} }`, {}, token);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(
      new RegExp(`meer dan ${QUERY_LIMITS.maxFields} velden, de grens \\(maxFields\\)`),
    );
  });

  it('takes a body as large as the largest absence import, and refuses one byte more, naming the limit', async () => {
    const token = await t.login(COORDINATOR);
    const send = (bytes: number) => {
      const envelope = JSON.stringify({ query: '{ me { id } }', variables: { file: '' } });
      const body = envelope.replace('"file":""', `"file":"${'x'.repeat(bytes - envelope.length)}"`);
      expect(Buffer.byteLength(body)).toBe(bytes);
      return fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
    };
    // A 100,000-row file of the longest rows we allow for, with the rest of the request, fits.
    expect(MAX_IMPORT_ROWS * MAX_ROW_BYTES).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(MAX_BODY_BYTES).toBeLessThan(MAX_IMPORT_ROWS * MAX_ROW_BYTES * 1.1);
    const fits = await send(MAX_BODY_BYTES);
    expect(fits.status).toBe(200);
    const tooLarge = await send(MAX_BODY_BYTES + 1);
    expect(tooLarge.status).toBe(413);
    const body = (await tooLarge.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/10 MB \(maxBodySize\)/);
  });
});
