import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { expectOutcomeInView } from './support/outcome';
import { useBrowserSession } from './support/session';

interface CaseRow {
  id: string;
  pupil: {
    displayName: string;
    dateOfBirth: string;
    guardians: { name: string; hasParentalAuthority: boolean }[];
  } | null;
}

describe('recording a parent consent for a 14-year-old: the pupil and both parents must give it', () => {
  const session = useBrowserSession();
  let page: Page;
  let parents: string[];

  beforeAll(async () => {
    page = session.page;
    await page.goto(session.server.url);
    await page.getByRole('button', { name: 'Marieke Jansen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Goedendag/ }).waitFor();
    // Finding the case is setup: ask the API, as the signed-in user, for a 14-year-old with two parents with authority.
    const cases = await page.evaluate(async () => {
      // As the page asks: the session cookie goes by itself, the CSRF token from its readable cookie.
      const csrf = decodeURIComponent(/(?:^|; )aanwezig_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '');
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({
          query:
            '{ cases(first: 100) { edges { node { id pupil { displayName dateOfBirth guardians { name hasParentalAuthority } } } } } }',
        }),
      });
      return ((await response.json()) as { data: { cases: { edges: { node: CaseRow }[] } } }).data.cases.edges.map(
        (e) => e.node,
      );
    });
    const age = (dob: string) => (Date.now() - new Date(`${dob}T00:00:00Z`).getTime()) / (365.25 * 86_400_000);
    const chosen = cases.find(
      (c) =>
        c.pupil &&
        age(c.pupil.dateOfBirth) >= 14.1 &&
        age(c.pupil.dateOfBirth) < 14.9 &&
        c.pupil.guardians.filter((g) => g.hasParentalAuthority).length === 2,
    )!;
    expect(chosen, 'a 14-year-old with two parents with authority').toBeTruthy();
    parents = chosen.pupil!.guardians.filter((g) => g.hasParentalAuthority).map((g) => g.name);
    await page.goto(`${session.server.url}/casussen/${chosen.id}`);
    await page.getByRole('heading', { level: 3, name: 'Toestemming vastleggen' }).waitFor();
  });

  it('draws the absence per school week, with the same figures as a table that add up to the total', async () => {
    const chart = page.getByRole('img', { name: 'Verzuim per schoolweek dit schooljaar (lesuren)' });
    await chart.waitFor();
    expect(await chart.locator('rect').count()).toBeGreaterThan(0);
    await page.getByText('Toon de cijfers per week').click();
    const table = page.getByRole('table', { name: 'Verzuim per schoolweek dit schooljaar (lesuren)' });
    const rows = table.getByRole('row');
    expect(await rows.count()).toBeGreaterThan(5);
    const unauthorised = (await table.locator('td:nth-of-type(2)').allTextContents()).map((v) =>
      Number(v.replace(',', '.')),
    );
    const summary = await page
      .getByText(/uren ongeoorloofd: [\d,]+/)
      .first()
      .textContent();
    const total = Number(summary!.match(/uren ongeoorloofd: ([\d,]+)/)![1].replace(',', '.'));
    expect(unauthorised.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'case-attendance-chart');
  });

  it('says who records a consent, and offers only the school data for others than the school', async () => {
    await page
      .getByText(/^Toestemming legt de organisatie vast die de gegevens heeft: de school voor schoolgegevens, de GGD/)
      .waitFor();
    const categories = page.getByRole('group', { name: 'Welke gegevens' });
    expect(await categories.getByLabel('thuissituatie', { exact: true }).count()).toBe(1);
    expect(await categories.getByLabel('advies jeugdarts', { exact: true }).count()).toBe(0);
    const recipients = await page.getByRole('group', { name: 'Voor welke organisaties' }).getByRole('checkbox').count();
    expect(recipients).toBeGreaterThan(0);
    expect(
      await page.getByRole('group', { name: 'Voor welke organisaties' }).getByLabel('Het Baken College').count(),
    ).toBe(0);
  });

  it('says who must give consent, and refuses it with one parent missing, naming that parent', async () => {
    await page.getByText('De leerling is 14: de leerling én elke ouder met gezag moeten toestemming geven.').waitFor();
    await page.getByLabel('Waarvoor (doel)').fill('Afstemming met de jeugdarts over ziekteverzuim');
    await page.getByLabel('ziekteverzuim', { exact: true }).check();
    await page.getByRole('group', { name: 'Voor welke organisaties' }).getByRole('checkbox').first().check();
    await page.getByLabel('De leerling (nodig)').check();
    await page.getByLabel(`${parents[0]} (nodig)`).check();
    await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await expectOutcomeInView(page, `Ook ${parents[1]} (met gezag) moet toestemming geven.`);
    expect(await page.locator('.aanwezig-outcome').textContent()).not.toContain('Er ging iets mis');
    expect(await page.getByLabel('Waarvoor (doel)').inputValue()).toBe(
      'Afstemming met de jeugdarts over ziekteverzuim',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('records it once both parents and the pupil have given it', async () => {
    await page.getByLabel(`${parents[1]} (nodig)`).check();
    await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await expectOutcomeInView(
      page,
      // One organisation was chosen: it "mag" (not "mogen").
      /^De toestemming is vastgelegd: [^,]+ mag nu ziekteverzuim van deze leerling zien\./,
    );
    await page
      .getByRole('region', { name: 'Toestemmingen' })
      .getByRole('listitem')
      .filter({ hasText: 'Afstemming met de jeugdarts over ziekteverzuim' })
      .filter({ hasText: 'geldig' })
      .first()
      .waitFor();
    await screenshot(page, 'case-consent-recorded');
  });
});
