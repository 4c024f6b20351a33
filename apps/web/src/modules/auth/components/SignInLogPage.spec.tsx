import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { Client, Provider, type Exchange } from 'urql';
import { fromValue, mergeMap, pipe } from 'wonka';
import { setupI18n } from '../../../app/i18n';
import { SignInLogPage } from './SignInLogPage';

beforeAll(() => {
  setupI18n();
});

type Node = {
  id: string;
  at: string;
  email: string | null;
  userName: string | null;
  organisationName: string | null;
  method: string;
  issuer: string | null;
  outcome: string;
  reason: string | null;
  address: string | null;
};

function page(nodes: Node[], totalCount: number) {
  const answer: Exchange = () => (operations) =>
    pipe(
      operations,
      mergeMap((operation) =>
        fromValue({
          operation,
          data: {
            signInEvents: {
              __typename: 'SignInEventConnection',
              totalCount,
              pageInfo: { __typename: 'PageInfo', hasNextPage: totalCount > nodes.length, endCursor: 'c2' },
              edges: nodes.map((node) => ({
                __typename: 'SignInEventEdge',
                cursor: node.id,
                node: { __typename: 'SignInEvent', ...node },
              })),
            },
          },
          stale: false,
          hasNext: false,
        }),
      ),
    );
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(
    <Provider value={new Client({ url: '/graphql', exchanges: [answer] })}>
      <MemoryRouter>
        <SignInLogPage />
      </MemoryRouter>
    </Provider>,
  );
  return host;
}

const signedIn: Node = {
  id: 'e1',
  at: '2026-03-02T08:15:00Z',
  email: 'verzuim@baken.demo.test',
  userName: 'Ahmed el Amrani',
  organisationName: 'Het Baken College',
  method: 'OIDC',
  issuer: 'https://login.baken.example',
  outcome: 'SIGNED_IN',
  reason: null,
  address: '192.0.2.7',
};
const refused: Node = {
  ...signedIn,
  id: 'e2',
  email: 'jeugdarts@ggd.demo.test',
  userName: 'Dr. Fatima Yilmaz',
  organisationName: 'GGD Kustland - JGZ',
  outcome: 'REFUSED',
  reason: 'mfa-required',
};

const cells = (host: HTMLElement) =>
  [...host.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()),
  );

describe('SignInLogPage', () => {
  it('says each attempt in Dutch: who, when, which way, the outcome and why, with how many of how many', () => {
    const host = page([signedIn, refused, { ...refused, id: 'e3', reason: 'provider-error:access_denied' }], 40);
    expect(host.querySelector('h1')?.textContent).toBe('Aanmeldpogingen');
    expect(host.textContent).toContain('3 van 40 pogingen');
    const rows = cells(host);
    expect(rows[0].slice(1)).toEqual([
      'Ahmed el Amrani (verzuim@baken.demo.test)',
      'Het Baken College',
      'Via de eigen organisatie',
      'Aangemeld',
      '–',
      '192.0.2.7',
    ]);
    expect(rows[0][0]).toMatch(/2026/);
    expect(rows[1].slice(4, 6)).toEqual(['Geweigerd', 'Zonder tweede factor, die de organisatie vereist']);
    expect(rows[2][5]).toBe('Afgebroken of geweigerd bij de organisatie');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Meer laden']);
  });

  it('says so when there is nothing yet, and offers no more', () => {
    const host = page([], 0);
    expect(host.textContent).toContain('Er zijn nog geen aanmeldpogingen.');
    expect(host.querySelector('table')).toBeNull();
    expect(host.querySelectorAll('button')).toHaveLength(0);
  });
});
