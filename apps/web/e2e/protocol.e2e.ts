import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { expectAccessible, expectOutcomeInView } from './support/outcome';
import { signInAndOpen, signOut, useBrowserSession } from './support/session';

describe("the region's protocol as a flow, changed by the functional administrator", () => {
  const session = useBrowserSession();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it('shows each route from the first threshold to the last, read-only for a coordinator', async () => {
    await signInAndOpen(page, session.server.url, 'Ahmed el Amrani', 'Protocol', 'Verzuimprotocol');
    for (const route of ['Route school', 'Route jeugdarts', 'Route leerplicht'])
      await page.getByRole('heading', { level: 2, name: route }).waitFor();
    await page
      .getByRole('region', { name: 'Route leerplicht' })
      .getByRole('heading', { level: 3, name: /16 uur ongeoorloofd/ })
      .waitFor();
    expect(await page.getByRole('button', { name: /^Opslaan/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('lets the administrator change a threshold, and refuses a wrong one saying why', async () => {
    await signOut(page);
    await signInAndOpen(page, session.server.url, 'Tom van Dijk', 'Protocol', 'Verzuimprotocol');
    const rule = page
      .getByRole('region', { name: 'Route leerplicht' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: /16 uur ongeoorloofd/ }) })
      .first();
    const threshold = rule.getByLabel('Drempel');
    // "abc" is refused at the field, with what to change, and nothing is saved.
    await threshold.fill('abc');
    await rule.getByRole('button', { name: /^Opslaan/ }).click();
    await expectOutcomeInView(
      page,
      /Drempel: "abc" is geen getal\. Vul een getal groter dan 0 in.*Er is niets opgeslagen/,
    );
    expect(await threshold.getAttribute('aria-invalid')).toBe('true');
    expect(await rule.locator('.utrecht-form-field-error-message').textContent()).toContain('"abc" is geen getal');
    expect(await page.getByText('Er ging iets mis').count()).toBe(0);
    expect(await page.getByText(/^Opgeslagen/).count()).toBe(0);
    await expectAccessible(page);
    await threshold.fill('-3');
    await rule.getByRole('button', { name: /^Opslaan/ }).click();
    await expectOutcomeInView(page, /Drempel: vul een getal groter dan 0 in/);
    // A good value: saved, and the confirmation says exactly what.
    await threshold.fill('14');
    await rule.getByRole('button', { name: /^Opslaan/ }).click();
    await expectOutcomeInView(
      page,
      'Opgeslagen: "14 uur ongeoorloofd verzuim in 4 lesweken: melden bij leerplicht": drempel 14, periode 4 lesweken, regel staat aan.',
    );
    expect(await page.getByRole('status').filter({ hasText: 'Opgeslagen' }).count()).toBe(1);
    // The rule now says the region's own threshold, not the default one.
    await page
      .getByRole('region', { name: 'Route leerplicht' })
      .getByRole('heading', { level: 3, name: /^14 uur ongeoorloofd verzuim in 4 lesweken/ })
      .waitFor();
    expect(await page.getByRole('heading', { level: 3, name: /16 uur ongeoorloofd/ }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'protocol-admin');
  });
});
