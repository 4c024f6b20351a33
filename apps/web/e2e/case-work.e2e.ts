import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { expectAccessible, expectOutcomeInView } from './support/outcome';
import { useBrowserSession } from './support/session';
import { asUser } from './support/api';

interface SignalNode {
  id: string;
  school: { name: string } | null;
  pupilCaseId: string | null;
}
interface Pupil {
  dateOfBirth: string;
  guardians: { id: string; hasParentalAuthority: boolean }[];
}

describe('the care coordinator finishes a case that came from a signal (1366 px wide)', () => {
  const session = useBrowserSession();
  let page: Page;
  let caseId: string;
  /** The outcome the case was closed with, as the screen names it. */
  let closedWith: string;
  const detail = (label: string) => page.locator('.aanwezig-detail').filter({ hasText: label });

  beforeAll(async () => {
    page = session.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    // Setup: a new signal of a Het Baken pupil without a running case becomes a case, as "Casus maken" does.
    const care = await asUser(session.server.url, 'zorg@baken.demo.test');
    let signal: { node: SignalNode } | undefined;
    let after: string | null = null;
    for (let page = 0; page < 20 && !signal; page++) {
      type SignalPage = {
        signals: { edges: { node: SignalNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      };
      const { signals }: SignalPage = await care<SignalPage>(
        `query($after: String) { signals(first: 100, after: $after, status: NEW) { edges { node { id school { name } pupilCaseId } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      signal = signals.edges.find((e) => e.node.school?.name === 'Het Baken College' && !e.node.pupilCaseId);
      if (!signals.pageInfo.hasNextPage) break;
      after = signals.pageInfo.endCursor;
    }
    expect(signal, 'a new Baken signal of a pupil without a running case').toBeTruthy();
    ({
      signalToCase: { caseId },
    } = await care<{ signalToCase: { caseId: string } }>(`mutation($id: ID!) { signalToCase(id: $id) { caseId } }`, {
      id: signal!.node.id,
    }));
    // A consent the school recorded, to withdraw at the end: the pupil's own givers by age.
    const { case: found } = await care<{ case: { pupil: Pupil } }>(
      `query($id: ID!) { case(id: $id) { pupil { dateOfBirth guardians { id hasParentalAuthority } } } }`,
      { id: caseId },
    );
    const { organisations } = await care<{ organisations: { id: string; name: string }[] }>(
      `{ organisations { id name } }`,
    );
    const age = (Date.now() - new Date(`${found.pupil.dateOfBirth}T00:00:00Z`).getTime()) / (365.25 * 86_400_000);
    await care(`mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }`, {
      i: {
        caseId,
        givenByPupil: age >= 12,
        guardianIds: age < 16 ? found.pupil.guardians.filter((g) => g.hasParentalAuthority).map((g) => g.id) : [],
        method: 'PAPER',
        categories: ['WORRY_AND_NOTES'],
        organisationIds: [organisations.find((o) => o.name === 'Gemeente Kustland - Leerplicht')!.id],
        purpose: 'Afstemming met leerplicht',
        validFrom: new Date().toISOString().slice(0, 10),
      },
    });

    await page.goto(session.server.url);
    await page.getByRole('button', { name: 'Marieke Jansen' }).click();
    await page.getByRole('heading', { level: 1, name: /^Goedendag/ }).waitFor();
    await page.goto(`${session.server.url}/casussen/${caseId}`);
    await page.getByRole('heading', { level: 2, name: 'Gegevens van de casus' }).waitFor();
  });

  it('shows what the coordinator needs: status, owner, pupil number, notes, and no classification yet', async () => {
    expect(await detail('Status').locator('dd').textContent()).toBe('Open');
    expect(await detail('Eigenaar').locator('dd').textContent()).toBe('Marieke Jansen');
    expect(await detail('Leerlingnummer').locator('dd').textContent()).toMatch(/^\w+$/);
    expect(await detail('Categorie (MSA)').locator('dd').textContent()).toBe('–');
    expect(await detail('Typologie').locator('dd').textContent()).toBe('–');
    expect(await detail('Thuissituatie').count()).toBe(1);
    expect(await detail('Notitie van de mentor').count()).toBe(1);
    // The chart has its axes with values and units; numbers and dates are in Dutch form.
    const chart = page.getByRole('img', { name: /^Verzuim per schoolweek dit schooljaar/ });
    await chart.getByText(/^Uren verzuim \((les|klok)uren\)$/).waitFor();
    await chart.getByText('Schoolweek', { exact: true }).waitFor();
    expect(await chart.locator('text').count()).toBeGreaterThan(4);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toMatch(/\d\.\d/);
    expect(main).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // "Wie ziet wat" fits, or scrolls inside its own named region: the page itself never gets wider.
    const overview = page.getByRole('region', { name: /^Wie ziet wat van deze leerling/ });
    const box = (await overview.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await expectAccessible(page);
    await screenshot(page, 'case-work-details');
  });

  it('sets the classification and sees it saved', async () => {
    const form = page.getByRole('region', { name: 'Casus bijwerken' });
    await form.getByLabel('Categorie (MSA)').selectOption('AT_RISK_HOME');
    await form.getByLabel('Typologie').selectOption('SCHOOL_REFUSAL');
    await form.getByLabel('Niveau (MTSS)').selectOption('2');
    const category = await form.getByLabel('Categorie (MSA)').locator('option:checked').textContent();
    const typology = await form.getByLabel('Typologie').locator('option:checked').textContent();
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectOutcomeInView(page, 'Opgeslagen: categorie, typologie, niveau.');
    await detail('Categorie (MSA)').getByText(category!, { exact: true }).waitFor();
    expect(await detail('Typologie').locator('dd').textContent()).toBe(typology);
    expect(await detail('Niveau (MTSS)').locator('dd').textContent()).toBe('niveau 2');
    await page
      .getByRole('region', { name: 'Tijdlijn' })
      .getByText(/Niveau 1 → 2/)
      .first()
      .waitFor();
    await expectAccessible(page);
  });

  it('closes it with an outcome after the confirmation dialog, and sees it closed', async () => {
    const close = page.getByRole('region', { name: 'Casus sluiten' });
    // Without an outcome nothing is asked: the form says what to choose.
    await close.getByRole('button', { name: 'Casus sluiten…' }).click();
    await expectOutcomeInView(page, 'Kies eerst de uitkomst van de casus.');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await close.getByLabel('Uitkomst', { exact: true }).selectOption('BACK_TO_OWN_SCHOOL');
    const outcome = await close.getByLabel('Uitkomst', { exact: true }).locator('option:checked').textContent();
    closedWith = outcome!;
    await close.getByLabel('Toelichting (optioneel)').fill('Gaat weer elke dag naar school.');
    await close.getByRole('button', { name: 'Casus sluiten…' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Daarna kan niemand er nog iets aan wijzigen tot iemand hem heropent');
    // The earlier refusal is gone once an outcome is chosen.
    expect(await page.getByText('Kies eerst de uitkomst van de casus.').count()).toBe(0);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Ja, casus sluiten' }).click();
    await expectOutcomeInView(page, `De casus is gesloten met uitkomst "${outcome}".`);
    await detail('Status').getByText('Gesloten', { exact: true }).waitFor();
    expect(await detail('Uitkomst').locator('dd').textContent()).toBe(outcome);
    expect(await page.getByRole('heading', { name: 'Casus bijwerken' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'case-work-closed');
  });

  it('reopens it', async () => {
    await page.getByRole('button', { name: 'Casus heropenen' }).click();
    await expectOutcomeInView(page, /De casus is heropend/);
    await detail('Status').getByText('Open', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Casus bijwerken' }).waitFor();
    await page
      .getByRole('region', { name: 'Tijdlijn' })
      .getByText(`Casus heropend (was gesloten met uitkomst ${closedWith})`)
      .first()
      .waitFor();
    await expectAccessible(page);
  });

  it('asks before withdrawing a consent, and says what the withdrawal did', async () => {
    const consent = page
      .getByRole('region', { name: 'Toestemmingen' })
      .getByRole('listitem')
      .filter({ hasText: 'Afstemming met leerplicht' });
    await consent.getByRole('button', { name: 'Intrekken…' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Intrekken gaat meteen in');
    expect(await dialog.textContent()).toContain('blijven vastgelegd');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await consent.textContent()).toContain('(geldig)');
    await consent.getByRole('button', { name: 'Intrekken…' }).click();
    await dialog.getByRole('button', { name: 'Ja, nu intrekken' }).click();
    await expectOutcomeInView(
      page,
      'De toestemming "Afstemming met leerplicht" is ingetrokken: zorgen en notities is vanaf nu afgeschermd voor Gemeente Kustland - Leerplicht.',
    );
    await consent.getByText(/ingetrokken op \d+ \w+ \d{4}/).waitFor();
    await expectAccessible(page);
  });
});
