import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

/** The Content-Security-Policy a browser gets with a given Host header (sent raw, as a browser or proxy would). */
function policyFor(port: number, host: string): Promise<Record<string, string[]>> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers: { host } }, (res) => {
      res.resume();
      const header = String(res.headers['content-security-policy'] ?? '');
      resolve(
        Object.fromEntries(
          header
            .split(';')
            .map((d) => d.trim().split(/\s+/))
            .map(([name, ...values]) => [name, values]),
        ),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Content-Security-Policy', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const app = express();
    app.use(securityHeaders());
    app.get('/', (_req, res) => void res.send('ok'));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each(['aanwezig.example.nl', 'localhost:3000', '127.0.0.1:8080', '[::1]:3000'])(
    'lets the page open sockets to its own host only (%s)',
    async (host) => {
      const policy = await policyFor(port, host);
      expect(policy['connect-src']).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
      // No bare schemes (any host), no wildcards.
      expect(policy['connect-src']).not.toContain('ws:');
      expect(policy['connect-src']).not.toContain('wss:');
      expect(policy['connect-src'].some((source) => source.includes('*'))).toBe(false);
      expect(policy['default-src']).toEqual(["'self'"]);
    },
  );

  it.each([
    ['a second directive smuggled in', "evil.example; script-src 'unsafe-inline'"],
    ['a second source', 'aanwezig.example.nl evil.example'],
    ['a wildcard', '*.example.nl'],
    ['a scheme', 'ws://evil.example'],
  ])('keeps a Host header with %s out of the policy', async (_label, host) => {
    const policy = await policyFor(port, host);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
  });
});
