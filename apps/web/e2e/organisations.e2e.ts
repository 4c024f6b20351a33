import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { useBrowserSession } from './support/session';

const CONTRACT_DEMO_NAMES = [
  'Sanne de Vries',
  'Ahmed el Amrani',
  'Marieke Jansen',
  'Pieter Bakker',
  'Lotte Visser',
  'Joost Smit',
  'Dr. Fatima Yilmaz',
  'Ellen Mulder',
  'Kevin de Boer',
  'Ingrid Hendriks',
  'Tom van Dijk',
];

describe('signing in and seeing the region (whole chain: browser → web → GraphQL → embedded PostgreSQL)', () => {
  const session = useBrowserSession();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('offers the demo accounts on the sign-in page, in Dutch', async () => {
    await page.goto(session.server.url);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('button', { name: 'Ahmed el Amrani' }).waitFor();
    // Every demo account of CONTRACT.md is offered (the region has a few more beside them).
    const offered = await page.getByRole('list').getByRole('button').allTextContents();
    for (const name of CONTRACT_DEMO_NAMES) expect(offered).toContain(name);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');
  });

  it("signs in as the Het Baken coordinator and lists the region's organisations", async () => {
    await page.getByRole('button', { name: 'Ahmed el Amrani' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goedendag Ahmed el Amrani' }).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Organisaties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisaties in Samenwerkingsverband Kustland VO' }).waitFor();
    await page.getByText('Verzuimcoördinator bij Het Baken College').waitFor();
    const rows = page.getByRole('row');
    expect(await rows.count()).toBe(12); // header + 11 organisations (two municipalities)
    expect(await page.getByRole('cell', { name: 'Gemeente Kustland - Leerplicht' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'Gemeente (leerplicht)' }).count()).toBe(2); // Kustland and Duinrand
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'organisations');
  });

  it('switches to English and back', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisations in Samenwerkingsverband Kustland VO' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: /^Organisaties in/ }).waitFor();
  });

  it('keeps the session over a reload and ends it on sign-out, for good', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Organisaties in/ }).waitFor();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'U bent afgemeld' }).waitFor();
    await page.getByRole('link', { name: 'Opnieuw aanmelden' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    // The server ended the session: a reload does not sign in again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.getByRole('button', { name: 'Afmelden' }).count()).toBe(0);
  });

  it('lets someone with two schools work as one of them, and back as both', async () => {
    await page.goto(session.server.url);
    await page.getByRole('button', { name: 'Yvonne de Graaf' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goedendag Yvonne de Graaf' }).waitFor();
    const header = page.getByRole('banner').getByRole('paragraph');
    await header.getByText('Zorgcoördinator bij OBS De Meeuw').waitFor();
    await header.getByText('Zorgcoördinator bij Basisschool De Vuurtoren').waitFor();
    const casesShown = async () => {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Casussen' }).click();
      await page.getByRole('heading', { level: 1, name: 'Casussen' }).waitFor();
      const count = page.getByText(/^\d+ van \d+ casus/);
      await count.waitFor();
      return Number((await count.textContent())!.match(/van (\d+)/)![1]);
    };
    const both = await casesShown();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Werken als').selectOption({ label: 'Zorgcoördinator bij OBS De Meeuw' });
    await page.getByRole('heading', { level: 1, name: 'Goedendag Yvonne de Graaf' }).waitFor();
    await header.getByText('Zorgcoördinator bij OBS De Meeuw').waitFor();
    expect(await header.getByText('Zorgcoördinator bij Basisschool De Vuurtoren').count()).toBe(0);
    const oneSchool = await casesShown();
    expect(oneSchool).toBeGreaterThan(0);
    expect(oneSchool).toBeLessThan(both);
    await screenshot(page, 'acting-as-one-school');

    await page.getByLabel('Werken als').selectOption({ label: 'Al mijn rollen samen' });
    await header.getByText('Zorgcoördinator bij Basisschool De Vuurtoren').waitFor();
    expect(await casesShown()).toBe(both);
  });
});
