import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PDFParse } from 'pdf-parse';
import { accessibilityViolations, screenshot } from './support/browser';
import { expectAccessible, expectOutcomeInView } from './support/outcome';
import { signInAndOpen, signOut, useBrowserSession } from './support/session';

const today = () =>
  new Date().toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });

describe('the MSA report in the browser (the SWV consultant, then a school coordinator)', () => {
  const session = useBrowserSession();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });
  const signInAs = (name: string) =>
    signInAndOpen(page, session.server.url, name, 'MSA-rapportage', 'MSA-rapportage thuiszitters');

  it('shows the latest census with its summary, chart and tables, accessibly', async () => {
    await signInAs('Ellen Mulder');
    await page.getByRole('heading', { level: 2, name: /^Samenvatting peildatum / }).waitFor();
    await page.getByText(/^Op \d+ \w+ \d{4} waren /).waitFor();
    await page.getByRole('img', { name: /per peildatum, gestapeld per categorie/ }).waitFor();
    for (const caption of [
      'Leerlingen per categorie',
      'Leerlingen per typologie',
      'Uitkomsten sinds de vorige peildatum',
    ]) {
      await page.getByRole('table', { name: caption }).waitFor();
    }
    expect(await page.getByRole('table', { name: 'Leerlingen per categorie' }).getByRole('row').count()).toBe(
      1 + 6 + 1,
    ); // header, six schools, region
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'msa-report');
  });

  it('downloads the report as a PDF that reads as the report', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^msa-rapportage-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain('MSA-rapportage thuiszitters');
    expect(text).toContain('Leerlingen per categorie');
  });

  it('refuses an incomplete census next to the field, and asks nothing', async () => {
    await page.getByRole('button', { name: 'Peiling vastleggen' }).click();
    const said = await expectOutcomeInView(
      page,
      'Vul bij "Vrijstellingen art. 5 sub a" een heel getal in (0 of meer).',
    );
    expect(said).not.toMatch(/Er ging iets mis/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByLabel('Vrijstellingen art. 5 sub a').fill('3');
    await page.getByLabel('Absoluut verzuim').fill('1');
    await page.locator('#census-date').fill('2020-01-06');
    await page.getByRole('button', { name: 'Peiling vastleggen' }).click();
    await expectOutcomeInView(page, /^Kies een dag na de laatste peiling \(\d+ \w+ \d{4}\)/);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectAccessible(page);
  });

  it('asks before freezing the census, saying it cannot be undone and blocks earlier dates, then says what it froze', async () => {
    const date = page.locator('#census-date');
    await date.fill(await date.getAttribute('max').then((max) => max!));
    await page.getByRole('button', { name: 'Peiling vastleggen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      `De stand van alle casussen en scholen op ${today()} wordt vastgelegd, met vrijstellingen art. 5 sub a: 3 en absoluut verzuim: 1. Dit kan niet ongedaan worden gemaakt`,
    );
    expect(await dialog.textContent()).toContain(
      `een peiling op of vóór ${today()} kan daarna niet meer worden genomen`,
    );
    await expectAccessible(page);
    // Cancelling freezes nothing.
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.getByRole('option', { name: today() }).count()).toBe(0);
    await page.getByRole('button', { name: 'Peiling vastleggen' }).click();
    await dialog.getByRole('button', { name: 'Ja, peiling vastleggen' }).click();
    await expectOutcomeInView(
      page,
      new RegExp(
        `^Peiling van ${today()} is vastgelegd: 6 scholen met [\\d.]+ leerlingen en ([\\d.]+|minder dan 5) casussen, vrijstellingen art\\. 5 sub a: 3, absoluut verzuim: 1\\.`,
      ),
    );
    await page.getByRole('heading', { level: 2, name: `Samenvatting peildatum ${today()}` }).waitFor();
    await expectAccessible(page);
  });

  it('shows a school coordinator their own school in full, with its pupils', async () => {
    await signOut(page);
    await signInAs('Ahmed el Amrani');
    await page.getByRole('rowheader', { name: 'Het Baken College (uw school)' }).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Leerlingen van uw school op deze peildatum' }).waitFor();
    expect(await page.getByRole('button', { name: 'Peiling vastleggen' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'msa-report-school');
  });
});
