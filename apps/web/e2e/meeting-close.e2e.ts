import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { expectAccessible, expectOutcomeInView } from './support/outcome';
import { signInAndOpen, useBrowserSession } from './support/session';

/** A Dutch calendar day `days` from today that is a `weekday` (1 = Monday … 7 = Sunday), YYYY-MM-DD. */
function nextWeekday(weekday: number, from = 7): string {
  const day = (d: number) =>
    new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + d * 86_400_000));
  for (let d = from; ; d++) {
    const date = day(d);
    if (((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1 === weekday) return date;
  }
}

/**
 * The care coordinator runs a SAT meeting to its close: plans it (first without a date, which the form
 * refuses at the field), is told who is invited and when a day is no school day, opens it, puts a case
 * on the agenda, records minutes and a decision, closes it after the confirmation, and finds it under
 * the past meetings with its own page of what was agreed.
 */
describe('a SAT meeting run to its close by the care coordinator', () => {
  const session = useBrowserSession();
  let page: Page;
  const title = 'SAT afronding december';

  beforeAll(async () => {
    page = session.page;
    await page.setViewportSize({ width: 1366, height: 768 });
    await signInAndOpen(page, session.server.url, 'Marieke Jansen', 'Overleggen', 'Overleggen');
  });

  it('offers only people of the school and its partners to invite', async () => {
    const invitees = page.getByRole('group', { name: /^Deelnemers/ });
    await invitees.getByLabel(/^Joost Smit \(/).waitFor();
    const offered = (await invitees.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.id))).length;
    const labels = await invitees.locator('label').allTextContents();
    expect(labels.length).toBe(offered);
    expect(labels.some((l) => l.includes('Het Baken College'))).toBe(true);
    // Not Duinzicht's mentor (another school), nor Baken's privacy officer (she sees no case content).
    expect(labels.some((l) => l.startsWith('Lotte Visser'))).toBe(false);
    expect(labels.some((l) => l.startsWith('Ingrid Hendriks'))).toBe(false);
    await expectAccessible(page);
  });

  it('says at the date field that a date is needed, and plans nothing', async () => {
    await page.getByLabel('Titel').fill('Overleg op zaterdag');
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    await expectOutcomeInView(page, 'Vul de datum én de tijd in waarop het overleg begint.');
    // Next to the field: inside the date's form field, and the field is marked invalid.
    const field = page.locator('.utrecht-form-field', { has: page.getByLabel('Begint op') });
    await field.locator('.aanwezig-outcome').waitFor();
    expect(await page.getByLabel('Begint op').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
  });

  it('says when nobody else is invited and that a Saturday is no school day (planned all the same)', async () => {
    const saturday = nextWeekday(6);
    await page.getByLabel('Begint op').fill(`${saturday}T10:00`);
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    const said = await expectOutcomeInView(page, /^1 overleg gepland op zaterdag/);
    expect(said).toContain('Er is niemand anders uitgenodigd: alleen Marieke Jansen staat als voorzitter');
    expect(said).toMatch(/Let op: \d+ \w+ \d{4} \(weekend\) is geen schooldag\. Het overleg is wel gepland/);
    await expectAccessible(page);
  });

  it('plans the SAT with leerplicht and the jeugdarts, and says who gets an invitation', async () => {
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Begint op').fill(`${nextWeekday(2)}T14:00`);
    await page.getByLabel(/^Joost Smit \(/).check();
    await page.getByLabel(/^Dr\. Fatima Yilmaz \(/).check();
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    const said = await expectOutcomeInView(page, /^1 overleg gepland op dinsdag/);
    expect(said).toContain(
      'Een agenda-uitnodiging gaat naar Joost Smit en Dr. Fatima Yilmaz, en naar Marieke Jansen als voorzitter.',
    );
    await expectAccessible(page);
  });

  it('opens the meeting, where presence means "online now", and puts a case on the agenda', async () => {
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wie is nu online in dit overleg' }).waitFor();
    await page.getByText('Marieke Jansen: nu online').waitFor();
    await page.getByText('Joost Smit: niet online').waitFor();
    await page.getByRole('button', { name: 'Op de agenda' }).first().click();
    await expectOutcomeInView(page, / staat op de agenda\.$/);
    await page.getByRole('navigation', { name: 'Agenda' }).locator('ol > li').first().waitFor();
    await expectAccessible(page);
  });

  it('records minutes in the default kind of data, told who can read them, and a decision', async () => {
    const kind = page.getByLabel('Soort gegevens', { exact: true });
    expect(await kind.locator('option:checked').textContent()).toBe('indeling');
    await page.getByText(/^Voor typologie, categorie, niveau en status van de casus.*Dit is de standaard\./).waitFor();
    await kind.selectOption({ label: 'ziekteverzuim' });
    await page
      .getByText(/^Voor redenen van geoorloofd verzuim en ziekte\. Leesbaar voor de school en de jeugdarts/)
      .waitFor();
    await kind.selectOption({ label: 'indeling' });
    // Saving without text is refused beside the button, and nothing is sent.
    await page.getByRole('button', { name: 'Notulen opslaan' }).click();
    await expectOutcomeInView(page, 'Schrijf eerst de tekst; er is niets opgeslagen.');
    await page.getByLabel('Notulen schrijven').fill('Besproken: de leerling gaat na de kerstvakantie gefaseerd terug.');
    await page.getByRole('button', { name: 'Notulen opslaan' }).click();
    await expectOutcomeInView(page, /^Notulen opgeslagen als "indeling"\. Voor typologie/);
    await page
      .getByText('Besproken: de leerling gaat na de kerstvakantie gefaseerd terug.', { exact: false })
      .waitFor();
    await page.getByLabel('Besluit', { exact: true }).fill('Terugkeerplan opstellen met ouders en mentor.');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expectOutcomeInView(page, /^Besluit vastgelegd als "indeling"\./);
    await expectAccessible(page);
  });

  it('closes the meeting only after the confirmation that the minutes lock', async () => {
    await page.getByRole('button', { name: 'Overleg sluiten' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dit overleg sluiten?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('liggen de agenda, notulen en besluiten vast');
    expect(await dialog.textContent()).toContain('Dit kan niet ongedaan worden gemaakt.');
    await expectAccessible(page);
    // "Annuleren" closes nothing.
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.getByRole('heading', { level: 2, name: 'Agenda', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Overleg sluiten' }).click();
    await dialog.getByRole('button', { name: 'Ja, overleg sluiten' }).click();
    // The page turns into the meeting's record; the outcome of closing stays where the button was.
    await page.getByText('Gesloten overleg: wat is afgesproken.', { exact: false }).waitFor();
    await expectOutcomeInView(page, /^Overleg gesloten\. De notulen en besluiten liggen vast/);
    expect(await page.getByRole('button', { name: 'Notulen opslaan' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('finds it under the past meetings, the latest first, and opens its page of what was agreed', async () => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleggen' }).click();
    await page.getByRole('link', { name: 'Eerdere overleggen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Eerdere overleggen' }).waitFor();
    const items = page.locator('ul.aanwezig-meetings > li');
    await items.first().waitFor();
    // Latest first: the meeting just closed (planned ahead) on top, the seeded year of SATs below it.
    expect(await items.first().textContent()).toContain(title);
    expect(await items.first().textContent()).toContain('gesloten');
    // Then the seeded year of Baken's SATs (one every four weeks), each closed.
    expect(await items.count()).toBeGreaterThan(10);
    expect(await items.nth(1).textContent()).toContain('SAT Het Baken College');
    await page.getByText(/^\d+ eerdere overleggen, het laatste bovenaan\./).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const record = page.getByRole('region', { name: 'Agenda' });
    await record
      .getByText('Besproken: de leerling gaat na de kerstvakantie gefaseerd terug.', { exact: false })
      .waitFor();
    await record.getByText('Terugkeerplan opstellen met ouders en mentor.', { exact: false }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'meeting-record');
  });
});
