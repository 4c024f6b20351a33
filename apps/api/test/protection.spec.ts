import { beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS } from '../src/core/graphql/graphql.options';
import { SIGN_IN_LIMIT_PER_MINUTE } from '../src/app.module';
import { TEST_SECRET, useTestServer } from './support/test-server';

describe('protection of the GraphQL endpoint', () => {
  const t = useTestServer();
  let token: string;
  beforeAll(async () => {
    token = await t.login('verzuim@baken.demo.test');
  });

  it('refuses an operation whose cost exceeds the limit, naming the limit, every time it is sent', async () => {
    // `cases(first: 100) { totalCount }` costs 101 (query-cost.ts): one alias more than the limit allows.
    const fields = Array.from(
      { length: Math.floor(GRAPHQL_LIMITS.maxCost / 101) + 1 },
      (_, i) => `o${i}: cases(first: 100) { totalCount }`,
    ).join(' ');
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await t.graphql(`{ ${fields} }`, {}, token);
      expect(result.data ?? null).toBeNull();
      expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toContain(`(maxCost) is ${GRAPHQL_LIMITS.maxCost}`);
    }
  });

  it('refuses batched operations in one request', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ region { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('answers errors without stack traces or internal detail', async () => {
    const result = await t.graphql('{ me { nonexistentField } }', {}, token);
    expect(result.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.js:\d+|SELECT /i);
  });

  it('answers a missing variable as BAD_USER_INPUT, not as a server error', async () => {
    const result = await t.graphql('query($id: ID!) { case(id: $id) { id } }', {}, token);
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('treats text in a query as data, never as code (operations are compiled to functions)', async () => {
    const probe = globalThis as { aanwezigProbe?: number };
    for (const text of [
      '"); globalThis.aanwezigProbe = 1; ("',
      "'); globalThis.aanwezigProbe = 2; ('",
      '`${globalThis.aanwezigProbe = 3}`',
      '\\"\n}; globalThis.aanwezigProbe = 4; {',
    ]) {
      const literal = JSON.stringify(text);
      const inline = await t.graphql(`{ cases(first: 5, filter: { search: ${literal} }) { totalCount } }`, {}, token);
      const variable = await t.graphql(
        `query($s: String) { cases(first: 5, filter: { search: $s }) { totalCount } }`,
        { s: text },
        token,
      );
      for (const result of [inline, variable]) {
        expect(result.errors).toBeUndefined();
        expect((result.data as { cases: { totalCount: number } }).cases.totalCount).toBe(0);
      }
    }
    expect(probe.aanwezigProbe).toBeUndefined();
  });

  it('sends security headers', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('rate-limits sign-in per client address', async () => {
    const attempts: string[] = [];
    for (let i = 0; i <= SIGN_IN_LIMIT_PER_MINUTE; i++) {
      const result = await t.graphql('mutation { devLogin(email: "nobody@example.test") { token } }');
      attempts.push(result.errors![0].extensions!.code!);
    }
    expect(attempts.slice(0, -1).every((code) => code === 'UNAUTHENTICATED' || code === 'TOO_MANY_REQUESTS')).toBe(
      true,
    );
    expect(attempts.at(-1)).toBe('TOO_MANY_REQUESTS');
  });
});

describe('in production', () => {
  const t = useTestServer({ env: 'production', devLogin: false, authSecret: TEST_SECRET });

  it('turns introspection off', async () => {
    const result = await t.graphql('{ __schema { types { name } } }');
    expect(result.data ?? null).toBeNull();
    expect(result.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not suggest field names', async () => {
    const result = await t.graphql('{ regio { id } }');
    expect(result.errors![0].message).not.toMatch(/Did you mean/);
  });
});
