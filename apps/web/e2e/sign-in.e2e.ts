import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
// Two real OpenID Providers (oidc-provider) in the test process, one per organisation (tools/, outside any Nx project).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startTestProvider, type TestProvider } from '../../../tools/oidc-test-provider.mjs';
import { asUser } from './support/api';
import { screenshot } from './support/browser';
import { expectAccessible } from './support/outcome';
import { signOut, useBrowserSession } from './support/session';

const BAKEN = 'Het Baken College';
const GGD = 'GGD Kustland - JGZ';
const MFA_REFUSED =
  'GGD Kustland - JGZ vraagt om aanmelden met een tweede factor (bijvoorbeeld een code op uw telefoon). Meld u opnieuw aan en kies tweestapsverificatie bij uw organisatie.';

/**
 * Signing in through the organisation's own identity provider (OpenID Connect), in the browser: the
 * school's coordinator by her work address, the GGD's jeugdarts through "Of kies uw organisatie", where
 * the GGD admits only a sign-in with a second factor. The session is the server's cookie: signed out,
 * a reload does not bring it back.
 */
describe('signing in at the organisation (OpenID Connect) and out again', () => {
  const session = useBrowserSession();
  const providers: TestProvider[] = [];
  let page: Page;

  beforeAll(async () => {
    page = session.page;
    const callback = `${session.server.url}/auth/oidc/callback`;
    const client = (id: string) => ({
      client_id: id,
      client_secret: randomBytes(24).toString('base64url'),
      redirect_uris: [callback],
    });
    const bakenClient = client('aanwezig-baken');
    const ggdClient = client('aanwezig-ggd');
    providers.push(
      await startTestProvider({
        name: BAKEN,
        accounts: [
          { sub: 'baken-verzuim-1', email: 'verzuim@baken.demo.test', name: 'Ahmed el Amrani' },
          // Known to the school's provider, never invited to Aanwezig.
          { sub: 'baken-stagiair-1', email: 'stagiair@baken.demo.test', name: 'Sam Stagiair' },
        ],
        clients: [bakenClient],
      }),
      await startTestProvider({
        name: GGD,
        accounts: [{ sub: 'ggd-jeugdarts-1', email: 'jeugdarts@ggd.demo.test', name: 'Dr. Fatima Yilmaz' }],
        clients: [ggdClient],
      }),
    );
    // Setup as the region's administrator, over the API: which provider each organisation signs in with.
    const admin = await asUser(session.server.url, 'beheer@swv.demo.test');
    const { organisations } = await admin<{ organisations: { id: string; name: string }[] }>(
      '{ organisations { id name } }',
    );
    const idOf = (name: string) => organisations.find((o) => o.name === name)!.id;
    const configure = `mutation($id: ID!, $input: IdentityProviderInput!) {
      configureIdentityProvider(organisationId: $id, input: $input) { id }
    }`;
    await admin(configure, {
      id: idOf(BAKEN),
      input: {
        issuer: providers[0].issuer,
        clientId: bakenClient.client_id,
        clientSecret: bakenClient.client_secret,
        domains: ['baken.demo.test'],
      },
    });
    await admin(configure, {
      id: idOf(GGD),
      input: {
        issuer: providers[1].issuer,
        clientId: ggdClient.client_id,
        clientSecret: ggdClient.client_secret,
        domains: ['ggd.demo.test'],
        requireMfa: true,
      },
    });
  });

  afterAll(async () => {
    await Promise.all(providers.map((p) => p.stop()));
  });

  /** The provider's own login page ("Inloggen bij …"): the address, with or without the second factor. */
  const logInAtProvider = async (organisation: string, email: string, secondFactor: boolean, at: Page = page) => {
    await at
      .getByRole('heading', { level: 1, name: `Inloggen bij ${organisation}` })
      .waitFor({ timeout: 15_000 })
      .catch(async (error: Error) => {
        // Say where the browser got to instead (the server's refusal page, an error at the provider).
        const body = await at
          .locator('body')
          .innerText()
          .catch(() => '');
        throw new Error(`not at the login page of ${organisation} but at ${at.url()}: ${body.slice(0, 400)}`, {
          cause: error,
        });
      });
    await at.getByLabel('E-mailadres').fill(email);
    if (secondFactor) await at.getByLabel('Met tweede factor (sms-code)').check();
    await at.getByRole('button', { name: 'Inloggen' }).click();
  };

  it('offers the work address and the organisations that have a provider, accessibly', async () => {
    await page.goto(session.server.url);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    const choices = page.getByRole('region', { name: 'Of kies uw organisatie' });
    await choices.getByRole('link', { name: BAKEN }).waitFor();
    await choices.getByRole('link', { name: GGD }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'sign-in-oidc');
  });

  it('signs the coordinator in by her work address at her school, lets her work, and signs her out for good', async () => {
    await page.getByLabel('Werk-e-mailadres').fill('verzuim@baken.demo.test');
    await page.getByRole('button', { name: 'Verder' }).click();
    await logInAtProvider(BAKEN, 'verzuim@baken.demo.test', false);
    // Back in Aanwezig, signed in: her name in the header, her start page.
    await page.getByRole('banner').getByText('Aangemeld als Ahmed el Amrani').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Goedendag Ahmed el Amrani' }).waitFor();
    expect(new URL(page.url()).origin).toBe(session.server.url);
    // The session is an HttpOnly cookie: no token the page's scripts can read.
    const visible = await page.evaluate(() => ({
      cookies: document.cookie,
      stored: [sessionStorage, localStorage].flatMap((store) =>
        Object.keys(store).map((key) => `${key}=${store.getItem(key)}`),
      ),
    }));
    expect(visible.cookies).toContain('aanwezig_csrf=');
    expect(visible.cookies).not.toContain('aanwezig_session');
    // Only the language choice is kept in the browser; nothing like a session token (43 characters).
    expect(visible.stored.filter((item) => /token|session|[\w-]{40,}/i.test(item))).toEqual([]);

    // Work: the signals routed to her, and a pupil's case from there.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Casussen' }).waitFor();
    const first = page.getByRole('table').getByRole('link').first();
    const pupil = (await first.textContent())!.trim();
    await first.click();
    await page.getByRole('heading', { level: 1, name: pupil }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Gegevens van de casus' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'U bent afgemeld' }).waitFor();
    await page.getByText('U bent afgemeld bij Aanwezig.').waitFor();
    await expectAccessible(page);
    // The server ended the session: a reload shows the sign-in page, not her case.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.getByRole('button', { name: 'Afmelden' }).count()).toBe(0);
    expect(await page.getByText('Aangemeld als').count()).toBe(0);
  });

  it('refuses the jeugdarts without a second factor, saying so, and admits her with one', async () => {
    await page.goto(`${session.server.url}/aanmelden`);
    await page.getByLabel('Werk-e-mailadres').fill('jeugdarts@ggd.demo.test');
    await page.getByRole('button', { name: 'Verder' }).click();
    await logInAtProvider(GGD, 'jeugdarts@ggd.demo.test', false);
    // Back on the sign-in page, refused with what happened and what to do.
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Aanmelden is niet gelukt' }).waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain(MFA_REFUSED);
    expect(new URL(page.url()).searchParams.get('fout')).toBe('mfa-vereist');
    expect(await page.getByRole('button', { name: 'Afmelden' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'sign-in-mfa-refused');

    // Again, through her organisation in the list, now with the second factor.
    await page.getByRole('region', { name: 'Of kies uw organisatie' }).getByRole('link', { name: GGD }).click();
    await logInAtProvider(GGD, 'jeugdarts@ggd.demo.test', true);
    await page.getByRole('banner').getByText('Aangemeld als Dr. Fatima Yilmaz').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Goedendag Dr. Fatima Yilmaz' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: MFA_REFUSED }).count()).toBe(0);
  });

  it("refuses someone the school's provider knows but Aanwezig has not invited, saying whom to ask", async () => {
    // An intern at another computer (a browser of its own: the test provider keeps one login session per browser).
    const context = await session.browser.newContext();
    const intern = await context.newPage();
    try {
      await intern.goto(`${session.server.url}/aanmelden`);
      await intern.getByLabel('Werk-e-mailadres').fill('stagiair@baken.demo.test');
      await intern.getByRole('button', { name: 'Verder' }).click();
      await logInAtProvider(BAKEN, 'stagiair@baken.demo.test', false, intern);
      await intern.getByRole('heading', { level: 2, name: 'Aanmelden is niet gelukt' }).waitFor();
      expect(await intern.getByRole('alert').first().textContent()).toContain(
        'U bent (nog) niet uitgenodigd voor Aanwezig. Vraag de functioneel beheerder van Het Baken College om een uitnodiging.',
      );
      expect(await intern.getByRole('button', { name: 'Afmelden' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("shows the school's privacy officer the sign-ins at her school, refusals with their reason in Dutch", async () => {
    await signOut(page);
    await page.getByRole('button', { name: 'Ingrid Hendriks' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanmeldingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmeldpogingen' }).waitFor();
    const row = (...texts: string[]) =>
      texts.reduce((rows, text) => rows.filter({ hasText: text }), page.getByRole('table').getByRole('row'));
    await row('Ahmed el Amrani (verzuim@baken.demo.test)', 'Via de eigen organisatie', 'Aangemeld').first().waitFor();
    await row('stagiair@baken.demo.test', 'Geweigerd', 'Niet uitgenodigd voor Aanwezig').first().waitFor();
    // The GGD's attempts are not her school's.
    expect(await row('jeugdarts@ggd.demo.test').count()).toBe(0);
    await page.getByText(/^\d+ van \d+ pogingen$/).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'sign-in-log-school');

    // The administrator reads the region's log: the GGD's refusal without a second factor too.
    await signOut(page);
    await page.getByRole('button', { name: 'Tom van Dijk' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Aanmeldingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmeldpogingen' }).waitFor();
    await row('jeugdarts@ggd.demo.test', 'Geweigerd', 'Zonder tweede factor, die de organisatie vereist')
      .first()
      .waitFor();
    await row('jeugdarts@ggd.demo.test', 'Aangemeld').first().waitFor();
  });
});
