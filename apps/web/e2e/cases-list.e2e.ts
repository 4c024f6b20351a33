import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { signInAndOpen, useBrowserSession } from './support/session';

describe('the case list: filters and saved views', () => {
  const session = useBrowserSession();
  let page: Page;
  let all: number;

  const total = async () => {
    const count = page.getByText(/^\d+ van \d+ casus/);
    await count.waitFor();
    return Number((await count.textContent())!.match(/van (\d+)/)![1]);
  };
  /** Waits until the list shows the answer for the filters on screen (the loading line is gone). */
  const settled = async () => {
    await page.getByRole('status').filter({ hasText: 'Laden' }).waitFor({ state: 'detached' });
    return total();
  };
  const tierColumn = async () =>
    page.getByRole('table').getByRole('row').locator('td:nth-of-type(4)').allTextContents();

  beforeAll(async () => {
    page = session.page;
    await signInAndOpen(page, session.server.url, 'Ahmed el Amrani', 'Casussen', 'Casussen');
    all = await settled();
  });

  it('narrows the list by tier and by overdue actions, and shows only matching cases', async () => {
    await page.getByLabel('Niveau').selectOption({ label: 'Niveau 2' });
    const tierTwo = await settled();
    expect(tierTwo).toBeGreaterThan(0);
    expect(tierTwo).toBeLessThan(all);
    expect(new Set(await tierColumn())).toEqual(new Set(['2']));

    await page.getByLabel('Niveau').selectOption({ label: 'Alle' });
    expect(await settled()).toBe(all);
    await page.getByLabel('Alleen casussen met een verlopen actie').check();
    const overdue = await settled();
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThan(all);
    await page.getByLabel('Alleen casussen met een verlopen actie').uncheck();
    expect(await settled()).toBe(all);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('saves the filters as a view that comes back after a reload, and deletes it', async () => {
    await page.getByLabel('Niveau').selectOption({ label: 'Niveau 2' });
    const tierTwo = await settled();
    await page.getByLabel('Naam voor deze filters').fill('Niveau 2 bij ons');
    await page.getByRole('button', { name: 'Bewaar als weergave' }).click();
    await page.getByRole('status').filter({ hasText: 'Weergave "Niveau 2 bij ons" is bewaard.' }).waitFor();
    await screenshot(page, 'cases-filtered-view');

    await page.reload();
    expect(await settled()).toBe(all);
    await page.getByLabel('Weergave', { exact: true }).selectOption({ label: 'Niveau 2 bij ons' });
    expect(await settled()).toBe(tierTwo);
    expect(await page.getByLabel('Niveau').inputValue()).toBe('2');

    await page.getByRole('button', { name: 'Weergave "Niveau 2 bij ons" verwijderen' }).click();
    await page
      .getByLabel('Weergave', { exact: true })
      .getByRole('option', { name: 'Niveau 2 bij ons' })
      .waitFor({ state: 'detached' });
    // The filters stay as they were; only the name is gone.
    expect(await total()).toBe(tierTwo);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
