import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { signInAndOpen, useBrowserSession } from './support/session';
import { expectAccessible, expectOutcomeInView } from './support/outcome';

/** Weekdays before today, newest first, as YYYY-MM-DD. */
function schoolDays(count: number): string[] {
  const days: string[] = [];
  for (let d = 1; days.length < count; d++) {
    const date = new Date(Date.now() - d * 86_400_000);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) days.push(date.toISOString().slice(0, 10));
  }
  return days;
}

describe('importing an absence file in the browser (the Het Baken coordinator)', () => {
  const session = useBrowserSession();
  let page: Page;
  const [day1, day2] = schoolDays(2);
  const csv = (lines: string[]) => ({
    name: 'verzuim.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason', ...lines].join('\n')),
  });
  const good = [`BA1001,${day1},08:30,09:20,,1,false,TRUANCY`, `BA1002,${day2},08:30,09:20,,1,true,SICK`];
  const bad = `BA1003,${day1},08:30,09:20,,1,misschien,TRUANCY`;

  beforeAll(async () => {
    page = session.page;
    await signInAndOpen(page, session.server.url, 'Ahmed el Amrani', 'Verzuim importeren', 'Verzuim importeren');
  });

  it('previews the file, then refuses it whole with the wrong line named', async () => {
    await page.setInputFiles('#import-file', csv([...good, bad]));
    await page.getByRole('heading', { level: 2, name: 'Voorbeeld van verzuim.csv (3 regels)' }).waitFor();
    expect(await page.getByRole('cell', { name: 'BA1001' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await expectOutcomeInView(page, /^Er is niets opgeslagen\. Verbeter de regels/);
    await page.getByRole('heading', { level: 2, name: 'Niet ingelezen: het bestand bevat fouten' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '4', exact: true }) });
    expect(await row.textContent()).toContain('authorised');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-rejected');
  });

  it('reads the good lines when asked, and says what it did', async () => {
    await page.getByLabel('Goede regels inlezen, ook als andere regels fout zijn').check();
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await expectOutcomeInView(page, /ongewijzigd/);
    await page.getByRole('heading', { level: 2, name: 'Ingelezen', exact: true }).waitFor();
    // Both good lines are accounted for: new, changed (the demo generated another registration in that
    // lesson hour) or already there; the period is the file's first to last date.
    const summary = (await page.getByRole('status').filter({ hasText: 'ongewijzigd' }).textContent())!;
    const [, from, to, imported, changed, , already] = summary.match(
      /^Periode (.+?) t\/m (.+?): (\d+) nieuw, (\d+) gewijzigd, (\d+) verwijderd, (\d+) ongewijzigd/,
    )!;
    const dutch = (iso: string) =>
      new Date(`${iso}T00:00:00Z`).toLocaleDateString('nl-NL', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
    expect([from, to]).toEqual([dutch(day2), dutch(day1)]);
    expect(Number(imported) + Number(changed) + Number(already)).toBe(2);
  });

  it('lists the columns each mapping expects, the values and why a line can be refused', async () => {
    const help = page.getByRole('region', { name: 'Hoe het bestand eruitziet' });
    const columns = help.getByRole('table', { name: 'Kolommen die Aanwezig-formaat (CSV) leest' });
    await columns.waitFor();
    expect(await columns.getByRole('rowheader').allTextContents()).toEqual([
      'pupil_ref',
      'date',
      'start',
      'end',
      'minutes',
      'lesson_hour',
      'authorised',
      'reason',
    ]);
    await help
      .getByRole('table', { name: 'Redenen van verzuim' })
      .getByRole('row', { name: /LUXURY_LEAVE Luxeverzuim/ })
      .waitFor();
    // The refusals, in the catalogue's Dutch.
    await help.getByText('"9-11-2026" is geen datum in de vorm JJJJ-MM-DD').waitFor();
    await help.getByText('onbekende leerling "123456" op Het Baken College').waitFor();
    // Another mapping: the header names it reads.
    await page.getByLabel('Soort bestand').selectOption('MAGISTER');
    const magister = help.getByRole('table', { name: 'Kolommen die Magister leest' });
    await magister.getByRole('row', { name: /pupil_ref stamnr of stamnummer ja/ }).waitFor();
    await help.getByText('Datums in de vorm DD-MM-JJJJ', { exact: false }).waitFor();
    await page.getByLabel('Soort bestand').selectOption('CANONICAL');
    await expectAccessible(page);
  });

  it('offers a template that reads back as a valid preview', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sjabloon downloaden (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('verzuim-sjabloon.csv');
    const file = (await download.path())!;
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason');
    await page.setInputFiles('#import-file', {
      name: 'verzuim-sjabloon.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
    await page.getByRole('heading', { level: 2, name: 'Voorbeeld van verzuim-sjabloon.csv (2 regels)' }).waitFor();
    expect(await page.getByRole('cell', { name: '123456' }).count()).toBe(2);
    expect(await page.getByRole('cell', { name: 'TRUANCY' }).count()).toBe(1);
    await expectAccessible(page);
  });

  it('says plainly when the file does not fit the mapping chosen, and which one it fits', async () => {
    await page.getByLabel('Soort bestand').selectOption('MAGISTER');
    await page.setInputFiles('#import-file', csv(good));
    await page.getByRole('button', { name: 'Inlezen' }).click();
    const said = await expectOutcomeInView(
      page,
      /De kopregel past niet bij de indeling Magister\. Gevonden kolommen: pupil_ref, date, start, end, minutes, lesson_hour, authorised, reason\. Ontbrekend voor Magister: stamnr \/ stamnummer, datum, geoorloofd, absentiecode \/ reden\. Deze kopregel past bij Aanwezig-formaat: kies die indeling/,
    );
    expect(said).not.toMatch(/ontbreekt_in|Er ging iets mis/);
    await expectAccessible(page);
    await page.getByLabel('Soort bestand').selectOption('CANONICAL');
  });
});
