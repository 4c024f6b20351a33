import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { expectAccessible, expectOutcomeInView } from './support/outcome';
import { signOut, useBrowserSession } from './support/session';
import { asUser } from './support/api';

/** The inbox's count line: "1–50 van 639 signalen, nieuwste eerst". */
const counted = async (page: Page) => {
  const text = (await page.locator('#signal-count').textContent()) ?? '';
  const [, from, to, total] = text.match(/^(\d+)–(\d+) van (\d+)/) ?? [];
  return { from: Number(from), to: Number(to), total: Number(total ?? (text.startsWith('Geen') ? 0 : NaN)) };
};
/** One signal card: a list item with the rule as its level-3 heading. */
const cards = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });

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
    // Each signal on the start page is a link: to the pupil's case, or to the pupil's signals in the inbox.
    const signals = page.getByRole('region', { name: /^Nieuwe? signa(al|len) voor mij/ }).getByRole('listitem');
    await signals.first().waitFor();
    for (const item of await signals.all()) {
      expect(await item.getByRole('link').first().getAttribute('href')).toMatch(
        /^\/(casussen\/[0-9a-f-]{36}|signalen)/,
      );
    }
    const cases = page.getByRole('region', { name: 'Casussen waar ik aan werk (laatst gewijzigd)' });
    await cases.getByRole('listitem').first().waitFor();
    expect(await cases.getByRole('listitem').count()).toBe(5);
    await cases.getByRole('link', { name: /^Naar alle \d+ casussen$/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'start-coordinator');
  });

  it('lets leerplicht handle a 16-hour signal: the rule explained, seen and followed up', async () => {
    await signOut(page);
    await page.getByRole('button', { name: 'Joost Smit' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    const total = async () => (await counted(page)).total;
    const headings = page.getByRole('heading', { level: 3, name: /^16 uur ongeoorloofd verzuim in 4 lesweken/ });
    await headings.first().waitFor();
    const before = await total();
    const signal = cards(page)
      .filter({ has: page.getByRole('heading', { level: 3, name: /^16 uur ongeoorloofd verzuim in 4 lesweken/ }) })
      .first();
    expect(await signal.textContent()).toContain('Route leerplicht');
    // What was measured, with its unit: the hours as the school counts them (clock hours in PO, lesson hours in VO).
    expect(await signal.textContent()).toMatch(/gemeten: [\d,]+ (klok|les)uren? ongeoorloofd afwezig/);
    // Leerplicht does not open school cases: that button is for the school's coordinators.
    expect(await signal.getByRole('button', { name: 'Casus maken' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'signals-leerplicht');
    await signal.getByRole('button', { name: 'Gezien, ik pak het op' }).click();
    await expectOutcomeInView(page, 'Het signaal is afgehandeld');
    await expect.poll(total).toBe(before - 1);
  });

  it('lets the school coordinator work through the inbox: paged, filtered by rule, route and status, grouped per pupil', async () => {
    await signOut(page);
    await page.getByRole('button', { name: 'Ahmed el Amrani' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Signalen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    await cards(page).first().waitFor();
    const first = await counted(page);
    expect(first).toMatchObject({ from: 1, to: 50 });
    expect(first.total).toBeGreaterThan(50);
    expect(await cards(page).count()).toBe(50);

    // Grouped per pupil: one group (an article headed by the pupil) per pupil, each pupil once.
    const groups = page.getByRole('article');
    const names = await groups.getByRole('heading', { level: 2 }).allTextContents();
    const visible = names.filter((n) => !n.startsWith('afgeschermde leerling'));
    expect(new Set(visible).size).toBe(visible.length);
    // Each group holds its pupil's signals of this page, and says how many.
    let grouped = 0;
    for (const group of await groups.all()) {
      const held = await group.getByRole('listitem').count();
      grouped += held;
      await group.getByText(held === 1 ? '1 signaal op deze pagina' : `${held} signalen op deze pagina`).waitFor();
    }
    expect(grouped).toBe(50);
    // Every measured value says what it counts.
    for (const text of await cards(page).allTextContents()) {
      if (text.includes('gemeten:')) expect(text).toMatch(/gemeten: [\d,]+(% (aan|af)wezig| \p{L}+)/u);
    }

    // Paged: the next page holds the next fifty, and back again.
    await page.getByRole('button', { name: 'Volgende pagina' }).click();
    await expect.poll(async () => (await counted(page)).from).toBe(51);
    await page.getByText(/^Pagina 2 van \d+$/).waitFor();
    await page.getByRole('button', { name: 'Vorige pagina' }).click();
    await expect.poll(async () => (await counted(page)).from).toBe(1);

    // Filtered by route: only the school route, and fewer than all.
    await page.getByLabel('Route', { exact: true }).selectOption({ label: 'Route school' });
    await expect.poll(async () => (await counted(page)).total).toBeLessThan(first.total);
    await cards(page).first().waitFor();
    for (const text of await cards(page).allTextContents()) expect(text).toContain('Route school');
    const school = (await counted(page)).total;

    // And by rule on top: only that rule.
    await page.getByLabel('Regel').selectOption({ label: 'Aanwezigheid onder 95%: bespreken in het SAT' });
    await expect.poll(async () => (await counted(page)).total).toBeLessThan(school);
    await cards(page).first().waitFor();
    for (const heading of await cards(page).getByRole('heading', { level: 3 }).allTextContents())
      expect(heading).toBe('Aanwezigheid onder 95%: bespreken in het SAT');
    for (const text of await cards(page).allTextContents()) expect(text).toMatch(/gemeten: [\d,]+% aanwezig/);
    await expectAccessible(page);
    await screenshot(page, 'signals-filtered');

    // By status: the ones seen already offer no "seen" button any more.
    await page.getByLabel('Regel').selectOption({ label: 'Alle regels' });
    await page.getByLabel('Route', { exact: true }).selectOption({ label: 'Alle routes' });
    await page.getByLabel('Status').selectOption({ label: 'Gezien, opgepakt' });
    await expect.poll(async () => (await counted(page)).total).not.toBe(first.total);
    expect(await page.getByRole('button', { name: 'Gezien, ik pak het op' }).count()).toBe(0);
    await page.getByLabel('Status').selectOption({ label: 'Nieuw' });
    await expect.poll(async () => (await counted(page)).total).toBe(first.total);

    // One pupil's signals together, all of them (over every page).
    const group = groups.filter({ hasNot: page.getByRole('heading', { level: 2, name: /^afgeschermde leerling/ }) });
    const pupil = (await group.first().getByRole('heading', { level: 2 }).textContent())!;
    await group.first().getByRole('button', { name: 'Alleen de signalen van deze leerling' }).click();
    await page.getByText(/^U ziet alleen de signalen van /).waitFor();
    await expect.poll(() => groups.count()).toBe(1);
    expect(await groups.first().getByRole('heading', { level: 2 }).textContent()).toBe(pupil);
    expect(await cards(page).count()).toBe((await counted(page)).total);
    await page.getByRole('button', { name: 'Alle leerlingen tonen' }).click();
    await expect.poll(async () => (await counted(page)).total).toBe(first.total);
  });

  it('lets the school coordinator make a case of a signal: the outcome beside it, with a link that opens the case', async () => {
    const total = async () => (await counted(page)).total;
    // A pupil without a case yet: the agenda note says putting it on the agenda would open one.
    const candidate = cards(page).filter({ hasText: 'Er is nog geen casus voor deze leerling' }).first();
    await candidate.waitFor();
    // The card itself, whatever it says after (its agenda note goes once it is handled).
    const card = page.locator(`[data-signal="${await candidate.getAttribute('data-signal')}"]`);
    const pupil = (await page
      .getByRole('article')
      .filter({ has: card })
      .getByRole('heading', { level: 2 })
      .textContent())!.split(' · ')[0];
    const before = await total();
    await card.getByRole('button', { name: 'Casus maken' }).click();
    const said = await expectOutcomeInView(page, /Er is een casus voor .* gemaakt, met dit signaal erin/);
    expect(said).toContain(pupil.split(' (')[0]);
    await expect.poll(total).toBe(before - 1);
    // The card stays where it was, with what became of it; its buttons are gone.
    expect(await card.getByRole('button', { name: 'Casus maken' }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'signals-case-made');
    await card.getByRole('link', { name: /^Naar de casus van / }).click();
    await page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: pupil }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
  });

  it('lets the school coordinator record the report to DUO of a legal report, with its deadline shown', async () => {
    // This week's registrations arrive from the registration system: sixteen unauthorised hours for a
    // few pupils raise new legal reports, at the top of the inbox and not reported yet.
    await importTruancy(session.server.url, ['BA2101', 'BA2102', 'BA2103', 'BA2104', 'BA2105']);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    const legal = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: /^16 uur ongeoorloofd verzuim in 4 lesweken/ }) })
      .filter({ has: page.getByLabel('Kenmerk van DUO') })
      .first();
    await legal.waitFor();
    expect(await legal.textContent()).toMatch(
      /grens bereikt op .*(uiterlijk .* bij DUO|meldtermijn bij DUO is verstreken)/,
    );
    // Without a reference nothing is sent, and the card says what to fill in.
    await legal.getByRole('button', { name: 'Melding bij DUO vastleggen' }).click();
    await expectOutcomeInView(page, 'Vul het kenmerk in dat DUO bij de melding gaf.');
    await legal.getByLabel('Kenmerk van DUO').fill('DUO-E2E-0001');
    await legal.getByRole('button', { name: 'Melding bij DUO vastleggen' }).click();
    await page.getByText(/Gemeld bij DUO op .* \(kenmerk DUO-E2E-0001\), vastgelegd door Ahmed el Amrani/).waitFor();
    await expectOutcomeInView(page, 'De melding bij DUO is vastgelegd.');
    await expectAccessible(page);
    await screenshot(page, 'signals-duo-report');
  });

  it("lets the school coordinator put a signal on the next meeting's agenda, saying first that it opens a case, where the team then finds the pupil", async () => {
    const total = async () => (await counted(page)).total;
    const candidate = cards(page)
      .filter({ has: page.getByRole('button', { name: 'Op de agenda zetten' }) })
      .filter({ hasText: 'Er is nog geen casus voor deze leerling: op de agenda zetten opent er ook een' })
      .first();
    await candidate.waitFor();
    const card = page.locator(`[data-signal="${await candidate.getAttribute('data-signal')}"]`);
    const before = await total();
    const pupil = (await page
      .getByRole('article')
      .filter({ has: card })
      .getByRole('heading', { level: 2 })
      .textContent())!
      .split(' · ')[0]
      .split(' (')[0];
    const meeting = card.getByLabel('Overleg');
    const chosen = (await meeting.locator('option').first().textContent())!;
    const chosenId = (await meeting.locator('option').first().getAttribute('value'))!;
    await expectAccessible(page);
    await card.getByRole('button', { name: 'Op de agenda zetten' }).click();
    const said = await expectOutcomeInView(
      page,
      /^Het signaal staat op de agenda van .*\. Daarvoor is een casus voor .* geopend/,
    );
    expect(said).toContain(chosen.split(' – ')[0]);
    expect(said).toContain(pupil);
    await card.getByRole('link', { name: /^Naar de casus van / }).waitFor();
    await expect.poll(total).toBe(before - 1);

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overleggen' }).waitFor();
    // That meeting (a series shares its title: the one chosen, by its link).
    await page.locator(`main a[href="/overleggen/${chosenId}"]`).first().click();
    // The pupil is on its agenda (the agenda's own list, not a hidden option elsewhere on the page).
    await page.getByRole('heading', { level: 1, name: chosen.split(' – ')[0] }).waitFor();
    await screenshot(page, 'signals-on-agenda-meeting');
    await page.getByRole('navigation', { name: 'Agenda' }).getByText(pupil).filter({ visible: true }).first().waitFor();
  });
});

/** Sixteen unauthorised lesson hours on the last two weekdays for each pupil, imported by the Het Baken coordinator over GraphQL. */
async function importTruancy(url: string, pupils: readonly string[]): Promise<void> {
  const coordinator = await asUser(url, 'verzuim@baken.demo.test');
  const { me } = await coordinator<{ me: { memberships: { organisation: { id: string; name: string } }[] } }>(
    '{ me { memberships { organisation { id name } } } }',
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
  await coordinator('mutation($input: ImportAbsencesInput!) { importAbsences(input: $input) { imported } }', {
    input: { schoolId: baken, csv },
  });
}
