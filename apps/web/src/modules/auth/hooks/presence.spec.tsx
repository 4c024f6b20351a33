import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Client, Provider, cacheExchange, type Exchange } from 'urql';
import { fromValue, mergeMap, pipe } from 'wonka';
import { createGraphQLClient } from '../../../app/graphql-client';
import { PRESENCE_INTERVAL, usePresence } from './presence';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A client behind the usual cache that answers `me` and counts what went past the cache (to the server). */
function countingClient() {
  const sent: string[] = [];
  const server: Exchange = () => (operations) =>
    pipe(
      operations,
      mergeMap((operation) => {
        if (operation.kind !== 'teardown') {
          sent.push(operation.query.definitions.map((d) => ('name' in d ? d.name?.value : '')).join());
        }
        return fromValue({ operation, data: { me: { __typename: 'User', id: 'u1' } }, stale: false, hasNext: false });
      }),
    );
  return { client: new Client({ url: '/graphql', exchanges: [cacheExchange, server] }), sent };
}

let root: Root | null = null;
let host: HTMLElement;
let renders = 0;

function Present({ active }: { active: boolean }) {
  renders += 1;
  usePresence(active);
  return <textarea aria-label="Verslag" />;
}

function mount(client: Client, active = true) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root?.render(
      <Provider value={client}>
        <Present active={active} />
      </Provider>,
    ),
  );
}

const textarea = () => host.querySelector('textarea') as HTMLTextAreaElement;
const type = () => textarea().dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
const click = () => textarea().dispatchEvent(new Event('pointerdown', { bubbles: true }));
const input = () => textarea().dispatchEvent(new Event('input', { bubbles: true }));
const wait = (ms: number) => vi.advanceTimersByTime(ms);

beforeEach(() => {
  vi.useFakeTimers();
  renders = 0;
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  host.remove();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('typing is activity', () => {
  it('sends one presence request on activity, none more within a minute, and another after it', () => {
    const { client, sent } = countingClient();
    mount(client);
    type();
    expect(sent).toEqual(['Presence']);
    wait(20_000);
    type();
    click();
    wait(PRESENCE_INTERVAL - 20_001);
    input();
    expect(sent).toHaveLength(1);
    wait(1);
    type();
    // Past the cache: the second `me` is asked of the server, not answered from what the first brought.
    expect(sent).toEqual(['Presence', 'Presence']);
    wait(PRESENCE_INTERVAL);
    click();
    expect(sent).toHaveLength(3);
    // Nothing of it is state: the page did not render again.
    expect(renders).toBe(1);
  });

  it('sends nothing without activity, so an unattended screen still times out', () => {
    const { client, sent } = countingClient();
    mount(client);
    wait(45 * 60_000);
    expect(sent).toEqual([]);
    type();
    expect(sent).toHaveLength(1);
    wait(45 * 60_000);
    expect(sent).toHaveLength(1);
  });

  it('hears activity that a field keeps to itself', () => {
    const { client, sent } = countingClient();
    mount(client);
    textarea().addEventListener('keydown', (event) => event.stopPropagation());
    type();
    expect(sent).toHaveLength(1);
  });

  it('sends nothing while signed out, nor after it is gone from the page', () => {
    const { client, sent } = countingClient();
    mount(client, false);
    type();
    click();
    expect(sent).toEqual([]);
    act(() =>
      root?.render(
        <Provider value={client}>
          <Present active />
        </Provider>,
      ),
    );
    type();
    expect(sent).toHaveLength(1);
    act(() => root?.unmount());
    root = null;
    wait(PRESENCE_INTERVAL);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    document.dispatchEvent(new Event('pointerdown'));
    expect(sent).toHaveLength(1);
  });

  it("is an authenticated request like any other: POST with the session's CSRF token", async () => {
    document.cookie = 'aanwezig_csrf=csrf-1; path=/';
    const fetch = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(JSON.stringify({ data: { me: { __typename: 'User', id: 'u1' } } }), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetch);
    try {
      mount(createGraphQLClient({ onUnauthenticated: vi.fn(), onSessionChanged: vi.fn() }));
      type();
      await vi.advanceTimersByTimeAsync(0);
      expect(fetch).toHaveBeenCalledTimes(1);
      const [url, init] = fetch.mock.calls[0];
      expect(url).toBe('/graphql');
      expect(init.method).toBe('POST');
      expect(new Headers(init.headers).get('x-csrf-token')).toBe('csrf-1');
      expect(JSON.parse(String(init.body))).toMatchObject({ operationName: 'Presence' });
    } finally {
      document.cookie = 'aanwezig_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    }
  });
});
