import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { expectOutcomeInView } from './support/outcome';
import { useBrowserSession } from './support/session';
import { asUser } from './support/api';

describe('the jeugdarts shares advice; after the consent is withdrawn the school sees it shielded (two browsers)', () => {
  const session = useBrowserSession();
  let doctor: Page;
  let school: Page;
  let caseId: string;

  beforeAll(async () => {
    // A Baken case of a pupil of 16 or older with the GGD involved and a consent that lets the school read the advice.
    const care = await asUser(session.server.url, 'zorg@baken.demo.test');
    const { cases } = await care<{ cases: { edges: { node: { id: string; pupil: { dateOfBirth: string } } }[] } }>(
      `{ cases(first: 100) { edges { node { id pupil { dateOfBirth } } } } }`,
    );
    const sixteen = new Date(Date.now() - 16.2 * 365.25 * 86_400_000).toISOString().slice(0, 10);
    caseId = cases.edges.find((e) => e.node.pupil.dateOfBirth <= sixteen)!.node.id;
    const { organisations } = await care<{ organisations: { id: string; name: string; kind: string }[] }>(
      `{ organisations { id name kind } }`,
    );
    const ggd = organisations.find((o) => o.kind === 'YOUTH_HEALTH')!.id;
    const baken = organisations.find((o) => o.name === 'Het Baken College')!.id;
    await care(`mutation($c: ID!, $o: ID!) { involveOrganisation(caseId: $c, organisationId: $o) { id } }`, {
      c: caseId,
      o: ggd,
    }).catch(() => undefined);
    // The consent for the advice is the GGD's to record: it holds the advice (the school cannot widen its own access).
    const ggdDoctor = await asUser(session.server.url, 'jeugdarts@ggd.demo.test');
    await ggdDoctor(`mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id } }`, {
      i: {
        caseId,
        givenByPupil: true,
        guardianIds: [],
        method: 'PAPER',
        categories: ['DOCTOR_ADVICE'],
        organisationIds: [baken],
        purpose: 'Advies jeugdarts voor school',
        validFrom: new Date().toISOString().slice(0, 10),
      },
    });

    doctor = session.page;
    school = await (await session.browser.newContext()).newPage();
    for (const [page, name] of [
      [doctor, 'Dr. Fatima Yilmaz'],
      [school, 'Marieke Jansen'],
    ] as const) {
      await page.goto(session.server.url);
      await page.getByRole('button', { name }).click();
      await page.getByRole('heading', { level: 1, name: /^Goedendag/ }).waitFor();
      await page.goto(`${session.server.url}/casussen/${caseId}`);
      await page.getByRole('heading', { level: 2, name: 'Advies van de jeugdarts' }).waitFor();
    }
  });

  it('shows the advice to the school as soon as the jeugdarts shares it, and never the private note', async () => {
    // The jeugdarts sees who can read the advice before sharing it: the school, through the consent.
    await doctor
      .getByText(
        /^Uw advies is nu te lezen voor: .*Zorgcoördinator bij Het Baken College.*\(op grond van toestemming\)\.$/,
      )
      .waitFor();
    await doctor
      .getByLabel('Advies voor school (wat de school kan doen)')
      .fill('Halve dagen naar school, rustige werkplek.');
    await doctor
      .getByLabel('Eigen aantekening (blijft binnen de GGD, wordt nooit gedeeld)')
      .fill('Vermoeden van angstklachten, verder onderzoek.');
    await doctor.getByRole('button', { name: 'Advies delen' }).click();
    // Once the page shows the advice just written, the outcome says who may read it, in view.
    await doctor
      .getByRole('listitem')
      .filter({ hasText: 'Halve dagen naar school, rustige werkplek.' })
      .first()
      .waitFor();
    await doctor.waitForLoadState('networkidle');
    await expectOutcomeInView(doctor, /^Het advies is opgeslagen en nu te lezen voor: .*Het Baken College/);
    await school
      .getByRole('region', { name: 'Advies van de jeugdarts' })
      .getByText('Halve dagen naar school, rustige werkplek.')
      .waitFor({ timeout: 5000 });
    expect(await school.getByText('Vermoeden van angstklachten').count()).toBe(0);
    // Who sees what: the care coordinator reads the advice now.
    const overview = school.getByRole('table', { name: /^Wie ziet wat van deze leerling/ });
    const careRow = overview
      .getByRole('row')
      .filter({ has: school.getByRole('rowheader', { name: 'Zorgcoördinator bij Het Baken College' }) });
    const adviceColumn = (await overview.getByRole('columnheader').allTextContents()).indexOf('advies jeugdarts');
    expect(adviceColumn).toBeGreaterThan(0);
    expect(
      await careRow
        .getByRole('cell')
        .nth(adviceColumn - 1)
        .textContent(),
    ).toBe('ziet het');
    expect(await accessibilityViolations(doctor)).toEqual([]);
    expect(await accessibilityViolations(school)).toEqual([]);
    await screenshot(school, 'case-school-with-advice');
  });

  it('shields the advice on the school’s open page once the consent is withdrawn', async () => {
    const consent = school
      .getByRole('region', { name: 'Toestemmingen' })
      .getByRole('listitem')
      .filter({ hasText: 'Advies jeugdarts voor school' })
      .filter({ hasText: 'geldig' })
      .first();
    await consent.getByRole('button', { name: 'Intrekken…' }).click();
    const dialog = school.locator('dialog[open]');
    expect(await dialog.textContent()).toContain('Intrekken gaat meteen in');
    await dialog.getByRole('button', { name: 'Ja, nu intrekken' }).click();
    await expectOutcomeInView(
      school,
      /^De toestemming "Advies jeugdarts voor school" is ingetrokken: advies jeugdarts is vanaf nu afgeschermd voor Het Baken College\./,
    );
    const advice = school.getByRole('region', { name: 'Advies van de jeugdarts' });
    await advice.getByText('Afgeschermd: geen toestemming van ouders/leerling').first().waitFor({ timeout: 5000 });
    expect(await advice.getByText('Halve dagen naar school, rustige werkplek.').count()).toBe(0);
    const overview = school.getByRole('table', { name: /^Wie ziet wat van deze leerling/ });
    const careRow = overview
      .getByRole('row')
      .filter({ has: school.getByRole('rowheader', { name: 'Zorgcoördinator bij Het Baken College' }) });
    const adviceColumn = (await overview.getByRole('columnheader').allTextContents()).indexOf('advies jeugdarts');
    expect(
      await careRow
        .getByRole('cell')
        .nth(adviceColumn - 1)
        .textContent(),
    ).toBe('niet: geen toestemming');
    // The jeugdarts, whose own advice it is, still reads it.
    await doctor.reload();
    await doctor.getByText('Halve dagen naar school, rustige werkplek.').waitFor();
    await doctor
      .getByText('Uw advies is nu voor niemand buiten de GGD te lezen: geen toestemming deelt advies van de jeugdarts.')
      .waitFor();
    expect(await accessibilityViolations(school)).toEqual([]);
    await screenshot(school, 'case-school-advice-shielded');
  });

  it('says, after new advice without a consent, that nobody outside the GGD may read it yet', async () => {
    await doctor.getByLabel('Advies voor school (wat de school kan doen)').fill('Rooster in overleg aanpassen.');
    await doctor.getByRole('button', { name: 'Advies delen' }).click();
    await doctor.getByRole('listitem').filter({ hasText: 'Rooster in overleg aanpassen.' }).first().waitFor();
    await doctor.waitForLoadState('networkidle');
    const said = await expectOutcomeInView(doctor, /^Het advies is opgeslagen, maar nog niet gedeeld/);
    expect(said).toContain('niemand buiten de GGD mag het lezen');
    expect(said).not.toContain('is gedeeld');
    expect(await accessibilityViolations(doctor)).toEqual([]);
  });
});
