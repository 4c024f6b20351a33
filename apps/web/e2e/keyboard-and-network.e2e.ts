import { describe, expect, it } from 'vitest';
import { expectAccessible, expectOutcomeInView } from './support/outcome';
import { useBrowserSession } from './support/session';

/** The house's own promises for every page: a skip link first, and a lost connection that can be retried. */
describe('keyboard and network', () => {
  const session = useBrowserSession();

  it('puts "Naar de inhoud" first in the tab order and lands past the header and the menu', async () => {
    const { page, server } = session;
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Ahmed el Amrani' }).click();
    // The start page's own heading: the sign-in page has one too, and a reload before the sign-in answered would undo it.
    await page.getByRole('heading', { level: 1, name: /Goedendag/ }).waitFor();
    // As a page opens for someone signed in: loaded afresh (the session survives a reload), nothing focused.
    await page.reload();
    await page.locator('main a').first().waitFor(); // the start page has loaded what it links to
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(first).toBe('Naar de inhoud');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => ({
      inMain: Boolean(document.activeElement?.closest('main')),
      inMenu: Boolean(document.activeElement?.closest('nav, header')),
    }));
    expect(next).toEqual({ inMain: true, inMenu: false });
    await expectAccessible(page);
  });

  it('says the server cannot be reached (not "[Network] Failed to fetch") and recovers with "Opnieuw proberen"', async () => {
    const { page } = session;
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
    const said = await expectOutcomeInView(page, /De server is niet bereikbaar; er is niets opgeslagen/);
    expect(said).not.toMatch(/Network|Failed to fetch/);
    await expectAccessible(page);
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByRole('heading', { level: 1, name: /Organisaties/ }).waitFor();
    expect(await page.locator('.aanwezig-outcome').count()).toBe(0);
  });
});
