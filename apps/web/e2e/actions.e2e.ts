import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { expectAccessible, expectOutcomeInView } from './support/outcome';
import { useBrowserSession } from './support/session';

/** A day as the screen writes it: "15 december 2026". */
const dutchLong = (isoDay: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
/** Today in the Netherlands, YYYY-MM-DD, moved by `days`. */
const dutchDay = (days = 0) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + days * 86_400_000));

/** "Daarvan zijn er 12 te laat." → 12; "Geen daarvan is te laat." → 0. */
async function overdueCount(page: Page): Promise<number> {
  const line = page.getByText(/^(Daarvan (is|zijn) er \d+ te laat\.|Geen daarvan is te laat\.)$/);
  await line.waitFor();
  const text = (await line.textContent()) ?? '';
  return Number(text.match(/\d+/)?.[0] ?? 0);
}

/**
 * The leerplichtambtenaar works through his overdue actions on "Mijn acties": marks one done (it leaves
 * the overdue count, and shows as done on its case page), hands one over to someone the API offers, and
 * gives one a new deadline; each step says what happened next to its button, in view and with the focus.
 */
describe('finishing actions: done, handed over, a new deadline', () => {
  const session = useBrowserSession();
  let page: Page;
  /** The overdue actions worked on, by id (their titles repeat across cases). */
  const item = (id: string): Locator => page.locator(`li.aanwezig-action[data-action-id="${id}"]`);
  let ids: string[];
  let doneCase: string;

  beforeAll(async () => {
    page = session.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(session.server.url);
    await page.getByRole('button', { name: 'Joost Smit' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn acties' }).click();
    await page.getByRole('heading', { level: 1, name: /^Mijn openstaande acties \(\d+\)$/ }).waitFor();
    await page.locator('li.aanwezig-action').first().waitFor();
    // Overdue first: the first three carry "te laat".
    ids = await page
      .locator('li.aanwezig-action')
      .evaluateAll((items) => items.slice(0, 3).map((li) => li.getAttribute('data-action-id')!));
    for (const id of ids) expect(await item(id).getByText('te laat').count(), id).toBe(1);
  });

  it('lists my open actions overdue first with the overdue count, each with a link to its case', async () => {
    expect(await overdueCount(page)).toBeGreaterThanOrEqual(3);
    const first = item(ids[0]);
    // Each link says whose case it is.
    const link = first.getByRole('link', { name: /^Naar de casus van \S.+$/ });
    expect(await link.getAttribute('href')).toMatch(/^\/casussen\/[0-9a-f-]{36}$/);
    await expectAccessible(page);
    await screenshot(page, 'my-actions');
  });

  it('marks an overdue action done with a note: it says so, and the overdue count goes down', async () => {
    const before = await overdueCount(page);
    const action = item(ids[0]);
    doneCase = (await action.getByRole('link', { name: 'Naar de casus' }).getAttribute('href'))!;
    await action.getByLabel('Wat is er gedaan? (niet verplicht)').fill('Huisbezoek afgelegd, ouders gesproken.');
    await action.getByRole('button', { name: 'Markeer als afgerond' }).click();
    await expectOutcomeInView(page, /^De actie ".+" is afgerond, met uw toelichting\.$/);
    await action.getByText(`afgerond op ${dutchLong(dutchDay())}`).waitFor();
    expect(await action.getByText('te laat').count()).toBe(0);
    expect(await action.getByRole('button', { name: 'Markeer als afgerond' }).count()).toBe(0);
    await expect.poll(() => overdueCount(page)).toBe(before - 1);
    await expectAccessible(page);
  });

  it('hands an overdue action over: asks whom first, then offers only who may own it, and says to whom', async () => {
    const before = await overdueCount(page);
    const action = item(ids[1]);
    await action.getByText('Overdragen of nieuwe deadline').click();
    await action.getByRole('button', { name: 'Overdragen' }).click();
    await expectOutcomeInView(page, 'Kies aan wie u de actie overdraagt.');
    const select = action.getByLabel('Overdragen aan');
    const offered = (await select.locator('option').allTextContents()).slice(1);
    // The people of the case's school and involved partners, not the whole region; never the owner.
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.length).toBeLessThan(8);
    expect(offered.join('\n')).not.toMatch(/Joost Smit/);
    const chosen = offered.find((o) => o.includes('Zorgcoördinator')) ?? offered[0];
    await select.selectOption({ label: chosen });
    await action.getByRole('button', { name: 'Overdragen' }).click();
    const name = chosen.replace(/ \(.*$/, '');
    await expectOutcomeInView(page, `is overgedragen aan ${name}.`);
    await action.getByText(`Eigenaar: ${name}`).waitFor();
    // No longer his: no controls, and no longer in his overdue count.
    expect(await action.getByRole('button', { name: 'Markeer als afgerond' }).count()).toBe(0);
    await expect.poll(() => overdueCount(page)).toBe(before - 1);
    await expectAccessible(page);
  });

  it('gives an overdue action a new deadline: a past day is refused with what to change, a later one is taken', async () => {
    const before = await overdueCount(page);
    const action = item(ids[2]);
    await action.getByText('Overdragen of nieuwe deadline').click();
    const field = action.getByLabel('Nieuwe deadline');
    await action.getByRole('button', { name: 'Deadline wijzigen' }).click();
    await expectOutcomeInView(page, 'Kies een nieuwe deadline (vandaag of later).');
    await field.fill(dutchDay(-3));
    await action.getByRole('button', { name: 'Deadline wijzigen' }).click();
    await expectOutcomeInView(page, 'De deadline ligt in het verleden; kies vandaag of later.');
    const later = dutchDay(14);
    await field.fill(later);
    await action.getByRole('button', { name: 'Deadline wijzigen' }).click();
    await expectOutcomeInView(page, new RegExp(`^De deadline van ".+" is nu ${dutchLong(later)}\\.$`));
    await action.getByText(`deadline ${dutchLong(later)}`).waitFor();
    expect(await action.getByText('te laat').count()).toBe(0);
    await expect.poll(() => overdueCount(page)).toBe(before - 1);
    await expectAccessible(page);
  });

  it('on the next visit the done and handed-over actions are gone from my list, the rescheduled one is there', async () => {
    await page.reload();
    await page.locator('li.aanwezig-action').first().waitFor();
    expect(await item(ids[0]).count()).toBe(0);
    expect(await item(ids[1]).count()).toBe(0);
    expect(await item(ids[2]).getByText('te laat').count()).toBe(0);
  });

  it('shows the done action as done on its case page, with the date and the note', async () => {
    await page.goto(`${session.server.url}${doneCase}`);
    const action = item(ids[0]);
    await action.waitFor();
    await action.getByText(`afgerond op ${dutchLong(dutchDay())}`).waitFor();
    await action.getByText('Toelichting: Huisbezoek afgelegd, ouders gesproken.').waitFor();
    expect(await action.getByText('te laat').count()).toBe(0);
    expect(await action.getByRole('button').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'case-actions-done');
  });
});
