import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { Client, Provider, type Exchange } from 'urql';
import { fromValue, mergeMap, pipe } from 'wonka';
import { setupI18n } from '../../../app/i18n';
import { SessionProvider } from '../hooks/session';
import { SignInPage } from './SignInPage';

beforeAll(() => {
  setupI18n();
});

/** A client that answers the sign-in page's two public queries at once, with what the test gives. */
function clientWith(organisations: { id: string; name: string }[], demo: { name: string; email: string }[]) {
  const answer: Exchange = () => (operations) =>
    pipe(
      operations,
      mergeMap((operation) => {
        const name = operation.query.definitions.map((d) => ('name' in d ? d.name?.value : '')).join();
        const data =
          name === 'SignInOrganisations'
            ? { signInOrganisations: organisations.map((o) => ({ __typename: 'SignInOrganisation', ...o })) }
            : name === 'DemoUsers'
              ? {
                  demoUsers: demo.map((d) => ({
                    __typename: 'DemoUser',
                    ...d,
                    role: 'ATTENDANCE_COORDINATOR',
                    organisationName: 'Het Baken College',
                  })),
                }
              : null;
        return fromValue({ operation, data, stale: false, hasNext: false });
      }),
    );
  return new Client({ url: '/graphql', exchanges: [answer] });
}

function page(
  url: string,
  organisations: { id: string; name: string }[],
  demo: { name: string; email: string }[] = [],
) {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(
    <SessionProvider>
      <Provider value={clientWith(organisations, demo)}>
        <MemoryRouter initialEntries={[url]}>
          <SignInPage />
        </MemoryRouter>
      </Provider>
    </SessionProvider>,
  );
  return host;
}

const text = (host: HTMLElement) => host.textContent?.replace(/\s+/g, ' ') ?? '';
const GGD = { id: 'org-ggd', name: 'GGD Kustland - JGZ' };

describe('SignInPage', () => {
  it('asks the work address and lists the organisations with a provider as links to their sign-in', () => {
    const host = page('/aanmelden', [GGD, { id: 'org-baken', name: 'Het Baken College' }]);
    expect(host.querySelector('h1')?.textContent).toBe('Aanmelden');
    expect(host.querySelector('label[for=email]')?.textContent).toBe('Werk-e-mailadres');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Verder']);
    const links = [...host.querySelectorAll('section a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['GGD Kustland - JGZ', '/auth/oidc/start?organisationId=org-ggd'],
      ['Het Baken College', '/auth/oidc/start?organisationId=org-baken'],
    ]);
    expect(text(host)).toContain('Of kies uw organisatie');
    expect(host.querySelector('[role=alert]')).toBeNull();
  });

  it('leaves out the list when no organisation has a provider, and offers one button per demo person', () => {
    const host = page('/aanmelden', [], [{ name: 'Ahmed el Amrani', email: 'verzuim@baken.demo.test' }]);
    expect(text(host)).not.toContain('Of kies uw organisatie');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Verder', 'Ahmed el Amrani']);
  });

  it('says what went wrong at the provider, naming the organisation, and what to do', () => {
    const mfa = page('/aanmelden?fout=mfa-vereist&organisatie=GGD%20Kustland%20-%20JGZ', [GGD]);
    expect(mfa.querySelector('[role=alert]')?.textContent).toContain(
      'GGD Kustland - JGZ vraagt om aanmelden met een tweede factor (bijvoorbeeld een code op uw telefoon). Meld u opnieuw aan en kies tweestapsverificatie bij uw organisatie.',
    );
    const invited = page('/aanmelden?fout=niet-uitgenodigd&organisatie=GGD%20Kustland%20-%20JGZ', [GGD]);
    expect(invited.querySelector('[role=alert]')?.textContent).toContain(
      'U bent (nog) niet uitgenodigd voor Aanwezig. Vraag de functioneel beheerder van GGD Kustland - JGZ om een uitnodiging.',
    );
  });

  it('does not repeat a name from the address that is not an organisation one signs in through', () => {
    const host = page('/aanmelden?fout=niet-uitgenodigd&organisatie=Bel%200900-1234%20voor%20hulp', [GGD]);
    const alert = host.querySelector('[role=alert]')?.textContent ?? '';
    expect(alert).toContain('Vraag de functioneel beheerder van uw organisatie om een uitnodiging.');
    expect(alert).not.toContain('0900');
  });

  it('says every code the server sends, and something sensible for one it does not know', () => {
    for (const [code, said] of [
      ['verlopen', 'een aanmeldpoging is 10 minuten geldig'],
      ['mislukt', 'is afgebroken of kon niet worden gecontroleerd'],
      ['gedeactiveerd', 'Uw account in Aanwezig is gedeactiveerd'],
      ['geen-aanbieder', 'Voor dit e-mailadres kunt u (nog) niet aanmelden via uw organisatie'],
      [
        'te-vaak',
        'Er is vanaf dit netwerk vaak achter elkaar geprobeerd aan te melden. Wacht een minuut en probeer het dan opnieuw.',
      ],
      ['iets-nieuws', 'Aanmelden is niet gelukt. Meld u opnieuw aan.'],
    ])
      expect(page(`/aanmelden?fout=${code}`, []).querySelector('[role=alert]')?.textContent, code).toContain(said);
  });
});
