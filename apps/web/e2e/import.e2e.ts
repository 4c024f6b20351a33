import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { signInAndOpen, useBrowserSession } from './support/session';

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
    await page.getByRole('heading', { level: 2, name: 'Niet ingelezen: het bestand bevat fouten' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '4', exact: true }) });
    expect(await row.textContent()).toContain('authorised');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-rejected');
  });

  it('reads the good lines when asked, and says what it did', async () => {
    await page.getByLabel('Goede regels inlezen, ook als andere regels fout zijn').check();
    await page.getByRole('button', { name: 'Inlezen' }).click();
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
});
