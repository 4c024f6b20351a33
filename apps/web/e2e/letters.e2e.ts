import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PDFParse } from 'pdf-parse';
import { accessibilityViolations, screenshot } from './support/browser';
import { signInAndOpen, useBrowserSession } from './support/session';

describe('a letter to parents in the browser (the Het Baken coordinator)', () => {
  const session = useBrowserSession();
  let page: Page;

  beforeAll(async () => {
    page = session.page;
    await signInAndOpen(page, session.server.url, 'Ahmed el Amrani', 'Brief aan ouders', 'Brief aan ouders');
  });

  it('drafts a letter with the days missed, to edit', async () => {
    const pupil = page.getByLabel('Leerling');
    const first = await pupil.locator('option').nth(1).getAttribute('value');
    await pupil.selectOption(first!);
    await page.getByLabel('Situatie').selectOption({ label: 'Vaak ziek gemeld' });
    await page.getByRole('button', { name: 'Concept maken' }).click();
    const body = page.getByLabel('Tekst van de brief');
    await body.waitFor();
    expect(await body.inputValue()).toMatch(/\d+(,\d)? schooldag/);
    expect(await page.getByLabel('Onderwerp').inputValue()).toMatch(/is vaak ziek$/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'letter-draft');
  });

  it('keeps what was typed when sending fails, and says why', async () => {
    const body = page.getByLabel('Tekst van de brief');
    await body.fill(`${await body.inputValue()}\n\nPS: u mag ook bellen na 15.00 uur.`);
    const boxes = page.getByRole('checkbox');
    // Choose only parents without an e-mail address, if there is one; otherwise choose none.
    for (let i = 0; i < (await boxes.count()); i++) {
      const label = await page.locator(`label[for="${await boxes.nth(i).getAttribute('id')}"]`).textContent();
      if (Boolean(label?.includes('geen e-mailadres bekend')) === (await boxes.nth(i).isChecked())) continue;
      await boxes.nth(i).click();
    }
    await page.getByRole('button', { name: 'Versturen per e-mail' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/geen e-mailadres bekend|Kies aan wie de brief gaat/);
    expect(await body.inputValue()).toContain('PS: u mag ook bellen na 15.00 uur.');
  });

  it('saves it on the case and downloads the edited letter as a PDF', async () => {
    const boxes = page.getByRole('checkbox');
    if (!(await boxes.first().isChecked())) await boxes.first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bewaren en pdf downloaden' }).click(),
    ]);
    const parser = new PDFParse({ data: new Uint8Array(readFileSync((await download.path())!)) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain('PS: u mag ook bellen na 15.00 uur.');
    expect(text).toContain('Het Baken College');
    await page.getByRole('status').filter({ hasText: 'bewaard in de casus' }).waitFor();
  });
});
