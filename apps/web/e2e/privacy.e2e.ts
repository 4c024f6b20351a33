import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PDFParse } from 'pdf-parse';
import { accessibilityViolations, screenshot } from './support/browser';
import { signInAndOpen, useBrowserSession } from './support/session';
import { expectAccessible, expectOutcomeInView } from './support/outcome';
import { asUser as apiAs } from './support/api';

const LEERPLICHT = 'Gemeente Kustland - Leerplicht';

/** Today in the Netherlands, YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());

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
    expect(new Set(await results.locator('td:nth-of-type(3)').allTextContents())).toEqual(
      new Set(['Het Baken College']),
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows the chosen pupil's access log, her own search in it, and downloads everything held as JSON for a recorded request", async () => {
    const results = page.getByRole('table', { name: 'Gevonden leerlingen' });
    const first = results.getByRole('rowheader').first().getByRole('button');
    const label = (await first.textContent())!;
    const number = (await results.getByRole('row').nth(1).locator('td').first().textContent())!;
    await first.click();
    await page.getByRole('heading', { level: 2, name: `${label.replace(/ \(.*\)$/, '')} (${number})` }).waitFor();
    const trail = page.getByRole('table', { name: 'Toegangslogboek, nieuwste eerst' });
    await trail.waitFor();
    // Her search read the pupil's identity: the log says so, as the privacy officer of Het Baken.
    await trail
      .getByRole('row')
      .filter({ hasText: 'Ingrid Hendriks' })
      .filter({ hasText: 'ingezien' })
      .filter({ hasText: 'identiteit' })
      .first()
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-access-log');

    await page.getByLabel('Kenmerk van het verzoek').fill('INZ-2026-003');
    await page.getByLabel('Datum van het verzoek').fill(today());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download alle gegevens (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`inzage-${number}.json`);
    const text = readFileSync((await download.path())!, 'utf8');
    const document = JSON.parse(text) as {
      request: { reference: string };
      pupil: { pupilNumber?: string; givenName: string };
      accessLog: { action: string; organisations: string[]; roles: string[] }[];
    };
    expect(label.startsWith(document.pupil.givenName)).toBe(true);
    expect(document.request.reference).toBe('INZ-2026-003');
    // Staff by organisation and role: not her name.
    expect(document.accessLog.at(-1)).toMatchObject({
      action: 'EXPORT',
      organisations: ['Het Baken College'],
      roles: ['PRIVACY_OFFICER'],
    });
    expect(text).not.toContain('Ingrid Hendriks');
    // The log on screen shows the export with the request it answered.
    await trail
      .getByRole('row')
      .filter({ hasText: 'geëxporteerd (JSON' })
      .filter({ hasText: 'kenmerk INZ-2026-003' })
      .first()
      .waitFor();
  });

  it('asks for the request first, and gives the parents a PDF that says what leerplicht sees of their child and why', async () => {
    // A pupil of Het Baken whose case leerplicht works on.
    const api = await apiAs(session.server.url, 'verzuim@baken.demo.test');
    const { cases } = await api<{
      cases: {
        edges: {
          node: {
            pupil: { pupilNumber: string; displayName: string } | null;
            involvedOrganisations: { name: string }[] | null;
          };
        }[];
      };
    }>(`{ cases(first: 100) { edges { node { pupil { pupilNumber displayName } involvedOrganisations { name } } } } }`);
    const pupil = cases.edges
      .map((e) => e.node)
      .find((c) => c.pupil && c.involvedOrganisations?.some((o) => o.name === LEERPLICHT))!.pupil!;

    await page.getByLabel('Leerlingnummer of (deel van de) naam').fill(pupil.pupilNumber);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page
      .getByRole('table', { name: 'Gevonden leerlingen' })
      .getByRole('button', { name: new RegExp(`^${pupil.displayName} \\(`) })
      .click();
    await page.getByRole('heading', { level: 2, name: `${pupil.displayName} (${pupil.pupilNumber})` }).waitFor();

    // Without a reference: refused, the field says why and has the focus.
    const reference = page.getByLabel('Kenmerk van het verzoek');
    const date = page.getByLabel('Datum van het verzoek');
    await date.fill(today());
    await page.getByRole('button', { name: 'Download antwoord voor de ouders (PDF)' }).click();
    await page.getByText('Kenmerk van het verzoek is verplicht', { exact: false }).waitFor();
    expect(await reference.getAttribute('aria-invalid')).toBe('true');
    expect(await reference.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Without a date: the same, for the date.
    await reference.fill('Brief ouders 2026-014');
    await date.fill('');
    await page.getByRole('button', { name: 'Download antwoord voor de ouders (PDF)' }).click();
    await page.getByText('Datum van het verzoek is verplicht', { exact: false }).waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await reference.getAttribute('aria-invalid')).not.toBe('true');

    await date.fill(today());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download antwoord voor de ouders (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`inzage-${pupil.pupilNumber}.pdf`);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain('(kenmerk: Brief ouders 2026-014)');
    // Leerplicht's part: what it sees, and why.
    const start = text.indexOf(`${LEERPLICHT} De leerplichtambtenaar`);
    expect(start).toBeGreaterThan(0);
    const part = text.slice(start, start + 1500);
    expect(part).toContain('Verzuim zonder geldige reden (ongeoorloofd verzuim): welke uren en dagen');
    expect(part).toContain('Waarom: Wettelijke taak. De leerplichtambtenaar moet volgens de Leerplichtwet nagaan of');
    expect(part).toContain(`Waarom: Betrokken. De school heeft ${LEERPLICHT} gevraagd mee te helpen`);
    expect(part).toContain('Ziet dit alleen als u (of uw kind) toestemming geeft:');
    // No staff names in what the parents get.
    expect(text).not.toContain('Ingrid Hendriks');
    expect(text).not.toContain('Ahmed el Amrani');
    await page.getByRole('status').filter({ hasText: 'Het antwoord voor de ouders is gedownload' }).waitFor();
    await page
      .getByRole('table', { name: 'Toegangslogboek, nieuwste eerst' })
      .getByRole('row')
      .filter({ hasText: 'geëxporteerd (PDF' })
      .filter({ hasText: 'kenmerk Brief ouders 2026-014' })
      .first()
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'privacy-subject-access-request');
  });

  it('filters the log by person and by day, and one view of a case page is one row', async () => {
    // A pupil of Het Baken with a case the care coordinator reads.
    const api = await apiAs(session.server.url, 'zorg@baken.demo.test');
    const { cases } = await api<{
      cases: { edges: { node: { id: string; pupil: { pupilNumber: string; displayName: string } | null } }[] };
    }>(`{ cases(first: 20) { edges { node { id pupil { pupilNumber displayName } } } } }`);
    const { id: caseId, pupil } = cases.edges.map((e) => e.node).find((c) => c.pupil)!;

    // The care coordinator signs in in a browser of her own; her start page is a view of its own.
    const other = await session.browser.newContext();
    const marieke = await other.newPage();
    await marieke.goto(session.server.url);
    await marieke.getByRole('button', { name: 'Marieke Jansen' }).click();
    await marieke.getByRole('heading', { level: 1, name: /Marieke Jansen/ }).waitFor();
    await marieke.waitForLoadState('networkidle');

    await page.getByLabel('Leerlingnummer of (deel van de) naam').fill(pupil!.pupilNumber);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page
      .getByRole('table', { name: 'Gevonden leerlingen' })
      .getByRole('button', { name: new RegExp(`^${pupil!.displayName} \\(`) })
      .click();
    const trail = page.getByRole('table', { name: 'Toegangslogboek, nieuwste eerst' });
    await trail.waitFor();
    const filter = page.getByRole('form', { name: 'Logboek filteren' });
    await filter.getByLabel('Persoon').selectOption({ label: 'Marieke Jansen' });
    await filter.getByLabel('Vanaf').fill(today());
    await filter.getByLabel('Tot en met').fill(today());
    const dutchToday = new Intl.DateTimeFormat('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    }).format(new Date());
    const shown = async () => {
      await filter.getByRole('button', { name: 'Filter toepassen' }).click();
      const text = await expectOutcomeInView(
        page,
        new RegExp(`^\\d+ vastleggingen? door Marieke Jansen, van ${dutchToday} tot en met ${dutchToday}\\.$`),
      );
      const count = Number(/^(\d+)/.exec(text)![1]);
      // Every row shown is hers (the table holds at most a page of 50).
      const rows = await trail.locator('tbody tr').allTextContents();
      expect(rows.length).toBe(Math.min(count, 50));
      expect(rows.every((r) => r.includes('Marieke Jansen (Zorgcoördinator'))).toBe(true);
      return count;
    };
    const before = await shown();
    expect(before).toBeGreaterThan(0);
    await expectAccessible(page);

    // She opens the case page (its own requests, the case's room, its actions): one view, one row.
    await marieke.goto(`${session.server.url}/casussen/${caseId}`);
    await marieke.getByRole('heading', { level: 1, name: new RegExp(pupil!.displayName) }).waitFor();
    await marieke.waitForLoadState('networkidle');
    expect(await shown()).toBe(before + 1);
    // Opening it again is another view: another row.
    await marieke.reload();
    await marieke.getByRole('heading', { level: 1, name: new RegExp(pupil!.displayName) }).waitFor();
    await marieke.waitForLoadState('networkidle');
    expect(await shown()).toBe(before + 2);
    await other.close();

    // A day with nothing of hers: none; an end before the start: said at the field, nothing asked.
    // Tomorrow in Amsterdam, as `today()` (a UTC date is still yesterday there just after midnight).
    const tomorrow = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(
      new Date(Date.now() + 86_400_000),
    );
    await filter.getByLabel('Vanaf').fill(tomorrow);
    await filter.getByLabel('Tot en met').fill('');
    await filter.getByRole('button', { name: 'Filter toepassen' }).click();
    await expectOutcomeInView(page, /^0 vastleggingen door Marieke Jansen, vanaf /);
    expect(await trail.locator('tbody tr').count()).toBe(0);
    await filter.getByLabel('Tot en met').fill(today());
    await filter.getByRole('button', { name: 'Filter toepassen' }).click();
    await expectOutcomeInView(page, /"Tot en met" ligt vóór "Vanaf"/);
    expect(await filter.getByLabel('Tot en met').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await filter.getByRole('button', { name: 'Alles tonen' }).click();
    await expectOutcomeInView(page, /^Het hele logboek: \d+ vastleggingen\.$/);
  });
});
