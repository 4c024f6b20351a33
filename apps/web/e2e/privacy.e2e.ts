import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { signInAndOpen, useBrowserSession } from './support/session';

describe("the privacy officer: a pupil's access log and the subject-access download", () => {
  const session = useBrowserSession();
  let page: Page;

  beforeAll(async () => {
    page = session.page;
    await signInAndOpen(page, session.server.url, 'Ingrid Hendriks', 'Privacy', 'Privacy: toegangslogboek en inzage');
  });

  it('says so when no pupil of the school matches, and finds pupils by part of the name', async () => {
    await page.getByLabel('Leerlingnummer of (deel van de) naam').fill('Xyzzy');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Geen leerling van uw school gevonden.', { exact: false }).waitFor();
    await page.getByLabel('Leerlingnummer of (deel van de) naam').fill('de');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const results = page.getByRole('table', { name: 'Gevonden leerlingen' });
    await results.waitFor();
    const rows = await results.getByRole('row').count();
    expect(rows).toBeGreaterThan(1);
    expect(rows).toBeLessThanOrEqual(21);
    expect(new Set(await results.locator('td:nth-of-type(3)').allTextContents())).toEqual(new Set(['Het Baken College']));
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows the chosen pupil's access log, her own search in it, and downloads everything held as JSON", async () => {
    const results = page.getByRole('table', { name: 'Gevonden leerlingen' });
    const first = results.getByRole('rowheader').first().getByRole('button');
    const label = (await first.textContent())!;
    const number = (await results.getByRole('row').nth(1).locator('td').first().textContent())!;
    await first.click();
    await page.getByRole('heading', { level: 2, name: `${label.replace(/ \(.*\)$/, '')} (${number})` }).waitFor();
    const trail = page.getByRole('table', { name: 'Toegangslogboek, nieuwste eerst' });
    await trail.waitFor();
    // Her search read the pupil's identity: the log says so, as the privacy officer of Het Baken.
    await trail.getByRole('row').filter({ hasText: 'Ingrid Hendriks' }).filter({ hasText: 'ingezien' }).filter({ hasText: 'identiteit' }).first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-access-log');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download inzageverzoek (JSON)' }).click()]);
    expect(download.suggestedFilename()).toBe(`inzage-${number}.json`);
    const document = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { pupil: { pupilNumber?: string; givenName: string }; accessLog: { action: string; actor: string }[] };
    expect(label.startsWith(document.pupil.givenName)).toBe(true);
    expect(document.accessLog.at(-1)).toMatchObject({ action: 'EXPORT', actor: 'Ingrid Hendriks' });
  });
});
