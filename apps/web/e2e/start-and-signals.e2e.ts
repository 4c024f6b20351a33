import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { useBrowserSession } from './support/session';

describe('start page and signals (the Het Baken coordinator, then leerplicht)', () => {
  const session = useBrowserSession();
  let page: Page;
  beforeAll(() => {
    page = session.page;
  });

  it("opens on the coordinator's own day: open actions with the overdue ones first, meetings and notifications", async () => {
    await page.goto(session.server.url);
    await page.getByRole('button', { name: 'Ahmed el Amrani' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goedendag Ahmed el Amrani' }).waitFor();
    const actions = page.getByRole('region', { name: /^Mijn openstaande acties? \(\d+\)$/ }).getByRole('listitem');
    await actions.first().waitFor();
    const texts = await actions.allTextContents();
    const firstOnTime = texts.findIndex((x) => !x.includes('te laat'));
    expect(texts.slice(firstOnTime).some((x) => x.includes('te laat'))).toBe(false);
    await page.getByRole('heading', { level: 2, name: 'Mijn komende overleggen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Nieuwe meldingen? \(\d+\)$/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Nieuwe? signa(al|len) voor mij \(\d+\)$/ }).waitFor();
    const cases = page.getByRole('region', { name: 'Casussen waar ik aan werk (laatst gewijzigd)' });
    await cases.getByRole('listitem').first().waitFor();
    expect(await cases.getByRole('listitem').count()).toBe(5);
    await cases.getByRole('link', { name: /^Naar alle \d+ casussen$/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'start-coordinator');
  });

  it('lets leerplicht handle a 16-hour signal: the rule explained, seen and followed up', async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('button', { name: 'Joost Smit' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    const total = async () => Number((await page.locator('#signal-count').textContent())?.match(/van (\d+)/)?.[1]);
    const headings = page.getByRole('heading', { level: 2, name: /^16 uur ongeoorloofd verzuim in 4 lesweken/ });
    await headings.first().waitFor();
    const before = await total();
    const signal = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2, name: /^16 uur ongeoorloofd verzuim in 4 lesweken/ }) })
      .first();
    expect(await signal.textContent()).toContain('Route leerplicht');
    // Leerplicht does not open school cases: that button is for the school's coordinators.
    expect(await signal.getByRole('button', { name: 'Casus maken' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'signals-leerplicht');
    await signal.getByRole('button', { name: 'Gezien, ik pak het op' }).click();
    await page.getByRole('status').filter({ hasText: 'Het signaal is afgehandeld' }).waitFor();
    await expect.poll(total).toBe(before - 1);
  });

  it('lets the school coordinator make a case of a signal', async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('button', { name: 'Ahmed el Amrani' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    const total = async () => Number((await page.locator('#signal-count').textContent())?.match(/van (\d+)/)?.[1]);
    await page.getByRole('listitem').first().waitFor();
    const before = await total();
    await page.getByRole('listitem').first().getByRole('button', { name: 'Casus maken' }).click();
    await page.getByRole('status').filter({ hasText: 'Er is een casus voor gemaakt' }).waitFor();
    await expect.poll(total).toBe(before - 1);
  });

  it('lets the school coordinator record the report to DUO of a legal report, with its deadline shown', async () => {
    // This week's registrations arrive from the registration system: sixteen unauthorised hours for a
    // few pupils raise new legal reports, at the top of the inbox and not reported yet.
    await importTruancy(session.server.url, ['BA2101', 'BA2102', 'BA2103', 'BA2104', 'BA2105']);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    const legal = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2, name: /^16 uur ongeoorloofd verzuim in 4 lesweken/ }) })
      .filter({ has: page.getByLabel('Kenmerk van DUO') })
      .first();
    await legal.waitFor();
    expect(await legal.textContent()).toMatch(
      /grens bereikt op .*(uiterlijk .* bij DUO|meldtermijn bij DUO is verstreken)/,
    );
    await legal.getByLabel('Kenmerk van DUO').fill('DUO-E2E-0001');
    await legal.getByRole('button', { name: 'Melding bij DUO vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: 'De melding bij DUO is vastgelegd' }).waitFor();
    await page.getByText(/Gemeld bij DUO op .* \(kenmerk DUO-E2E-0001\), vastgelegd door Ahmed el Amrani/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'signals-duo-report');
  });

  it("lets the school coordinator put a signal on the next meeting's agenda, where the team then finds the pupil", async () => {
    const total = async () => Number((await page.locator('#signal-count').textContent())?.match(/van (\d+)/)?.[1]);
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Op de agenda zetten' }) })
      .first();
    await card.waitFor();
    const before = await total();
    const pupil = (await card.getByRole('paragraph').first().textContent())!.split(' (')[0];
    const meeting = card.getByLabel('Overleg');
    const chosen = (await meeting.locator('option').first().textContent())!;
    expect(await accessibilityViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'Op de agenda zetten' }).click();
    await page.getByRole('status').filter({ hasText: 'Het signaal staat op de agenda van het overleg.' }).waitFor();
    await expect.poll(total).toBe(before - 1);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overleggen' }).waitFor();
    await page
      .getByRole('link', { name: chosen.split(' – ')[0] })
      .first()
      .click();
    await page.getByText(pupil).first().waitFor();
  });
});

/** Sixteen unauthorised lesson hours on the last two weekdays for each pupil, imported by the Het Baken coordinator over GraphQL. */
async function importTruancy(url: string, pupils: readonly string[]): Promise<void> {
  const call = async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const { devLogin } = await call<{ devLogin: { token: string } }>(
    'mutation($e: String!) { devLogin(email: $e) { token } }',
    { e: 'verzuim@baken.demo.test' },
  );
  const token = devLogin.token;
  const { me } = await call<{ me: { memberships: { organisation: { id: string; name: string } }[] } }>(
    '{ me { memberships { organisation { id name } } } }',
    {},
    token,
  );
  const baken = me.memberships.find((m) => m.organisation.name === 'Het Baken College')!.organisation.id;
  const days: string[] = [];
  for (let d = 1; days.length < 2; d++) {
    const date = new Date(Date.now() - d * 86_400_000);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) days.push(date.toISOString().slice(0, 10));
  }
  const lines = pupils.flatMap((p) =>
    days.flatMap((day) => Array.from({ length: 8 }, (_, h) => `${p},${day},,,50,${h + 1},false,TRUANCY`)),
  );
  const csv = ['pupil_ref,date,start,end,minutes,lesson_hour,authorised,reason', ...lines].join('\n');
  await call(
    'mutation($input: ImportAbsencesInput!) { importAbsences(input: $input) { imported } }',
    { input: { schoolId: baken, csv } },
    token,
  );
}
