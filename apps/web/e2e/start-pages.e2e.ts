import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { expectAccessible } from './support/outcome';
import { signOut, useBrowserSession } from './support/session';

/**
 * Every demo account, as the sign-in page lists them (all of them, whatever the seed holds): each signs
 * in and lands on a start page with its own heading and no error, useful for that role, and accessible.
 */
describe('the start page of every demo user', () => {
  const session = useBrowserSession();

  it('shows each demo user a start page without an error, with what that role works with', async () => {
    const { page } = session;
    await page.goto(session.server.url);
    const accounts = page.getByRole('region', { name: 'Demo-accounts' }).getByRole('listitem');
    await accounts.first().waitFor();
    const people = await Promise.all(
      (await accounts.all()).map(async (item) => ({
        name: (await item.getByRole('button').textContent())!.trim(),
        roles: (await item.locator('span').textContent()) ?? '',
      })),
    );
    // The contract's eleven demo users at least (CONTRACT.md), each once.
    expect(people.length).toBeGreaterThanOrEqual(11);
    expect(new Set(people.map((p) => p.name)).size).toBe(people.length);

    for (const person of people) {
      await page.getByRole('region', { name: 'Demo-accounts' }).getByRole('button', { name: person.name }).click();
      await page.getByRole('heading', { level: 1, name: `Goedendag ${person.name}` }).waitFor();
      // Everything asked has answered: nothing still loading on the page.
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: 'Bezig met laden' }).count(), { message: person.name })
        .toBe(0);
      expect(await page.getByRole('alert').allTextContents(), `${person.name}: no error`).toEqual([]);
      expect(await page.getByText('U heeft geen toegang').count(), person.name).toBe(0);
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      // Something to do from here: at least one link in the page's own content.
      expect(await page.locator('main').getByRole('link').count(), `${person.name}: links`).toBeGreaterThan(0);
      if (person.roles.includes('Privacyfunctionaris'))
        await page.getByRole('link', { name: 'Naar het toegangslogboek en de inzageverzoeken' }).waitFor();
      if (person.roles.includes('Functioneel beheerder')) {
        await page.getByRole('link', { name: 'Naar het verzuimprotocol' }).waitFor();
        await page.getByRole('link', { name: 'Naar de organisaties' }).waitFor();
      }
      if (/Verzuimcoördinator|Zorgcoördinator|Directie|Mentor/.test(person.roles))
        await page.getByRole('heading', { level: 2, name: 'Mijn komende overleggen' }).waitFor();
      await expectAccessible(page);
      await screenshot(page, `start-${person.name.toLowerCase().replace(/[^a-z]+/g, '-')}`);
      await signOut(page);
      await page.getByRole('region', { name: 'Demo-accounts' }).waitFor();
    }
  });
});
