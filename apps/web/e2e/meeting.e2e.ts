import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, screenshot } from './support/browser';
import { useBrowserSession } from './support/session';

const RESTRICTED = 'Afgeschermd agendapunt';

describe('a SAT meeting held live: the coordinator and leerplicht in two browsers at once', () => {
  const session = useBrowserSession();
  let chair: Page;
  let officer: Page;
  let meetingUrl: string;
  let topic: string;

  beforeAll(async () => {
    chair = session.page;
    officer = await (await session.browser.newContext()).newPage();
    await chair.goto(session.server.url);
    await chair.getByRole('button', { name: 'Ahmed el Amrani' }).click();
    await chair.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleggen' }).click();
    await chair.getByRole('heading', { level: 1, name: 'Overleggen' }).waitFor();
    await chair.getByRole('link', { name: 'SAT Het Baken College' }).first().click();
    await chair.getByRole('heading', { level: 2, name: 'Agenda', exact: true }).waitFor();
    meetingUrl = chair.url();
  });

  it('plans a series of meetings with leerplicht and the jeugdarts invited', async () => {
    await chair.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Overleggen' }).click();
    await chair.getByLabel('Titel').fill('SAT reeks voorjaar');
    // Without a start the form says so at the field, and plans nothing (it used to throw in the page).
    const errors: string[] = [];
    chair.on('pageerror', (error) => errors.push(error.message));
    await chair.getByRole('button', { name: 'Overleg plannen' }).click();
    await chair.getByRole('alert').filter({ hasText: 'Vul de datum én de tijd in' }).waitFor();
    expect(errors).toEqual([]);
    await chair.getByLabel('Begint op').fill('2027-02-01T14:30');
    await chair.getByLabel(/^Joost Smit \(/).check();
    await chair.getByLabel(/^Dr\. Fatima Yilmaz \(/).check();
    await chair.getByLabel('Herhalen als reeks').check();
    await chair.getByRole('button', { name: 'Overleg plannen' }).click();
    await chair.getByRole('status').filter({ hasText: '3 overleggen gepland' }).waitFor();
    await expect.poll(() => chair.getByRole('link', { name: 'SAT reeks voorjaar' }).count()).toBe(3);
    // One title for the series, yet each link names its own meeting (the date is in the link).
    const names = await chair.getByRole('link', { name: 'SAT reeks voorjaar' }).allTextContents();
    expect(new Set(names).size).toBe(3);
    expect(await accessibilityViolations(chair)).toEqual([]);
    await chair.goto(meetingUrl);
    await chair.getByRole('heading', { level: 2, name: 'Agenda', exact: true }).waitFor();
  });

  it('prepares the agenda from the suggestions', async () => {
    const items = chair.getByRole('navigation', { name: 'Agenda' }).getByRole('listitem');
    const before = await chair.getByRole('navigation', { name: 'Agenda' }).locator('ol > li').count();
    const add = chair.getByRole('button', { name: 'Op de agenda' });
    if ((await add.count()) > 0) {
      await add.first().click();
      await expect
        .poll(() => chair.getByRole('navigation', { name: 'Agenda' }).locator('ol > li').count())
        .toBe(before + 1);
    }
    expect(await items.count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(chair)).toEqual([]);
  });

  it('shows who is present as leerplicht joins', async () => {
    await officer.goto(session.server.url);
    await officer.getByRole('button', { name: 'Joost Smit' }).click();
    await officer.getByRole('heading', { level: 1, name: /^Goedendag/ }).waitFor();
    await officer.goto(meetingUrl);
    await officer.getByRole('heading', { level: 2, name: 'Agenda', exact: true }).waitFor();
    await chair.getByText('Joost Smit: nu online').waitFor({ timeout: 5000 });
    await officer.getByText('Ahmed el Amrani: nu online').waitFor({ timeout: 5000 });
  });

  it("moves both to an item, and each sees the other's minutes live", async () => {
    // A pupil's item leerplicht may read (the case involves the municipality): "Name (group)", not shielded.
    const officerItems = await officer
      .getByRole('navigation', { name: 'Agenda' })
      .locator('ol > li button')
      .allTextContents();
    topic = officerItems.find((name) => name !== RESTRICTED && /\(\w+\)$/.test(name))!;
    expect(topic, 'an agenda item leerplicht may read').toBeTruthy();
    await chair.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: topic, exact: true }).click();
    await chair.getByRole('heading', { level: 2, name: topic, exact: true }).waitFor();
    await chair.getByRole('button', { name: 'Nu bespreken' }).click();
    await officer
      .getByRole('navigation', { name: 'Agenda' })
      .locator('li', { hasText: topic })
      .getByText('nu besproken')
      .waitFor({ timeout: 5000 });
    await officer.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: topic, exact: true }).click();

    await chair.getByLabel('Notulen schrijven').fill('Leerplicht belt de ouders deze week.');
    await chair.getByRole('button', { name: 'Notulen opslaan' }).click();
    await officer.getByText('Leerplicht belt de ouders deze week.').waitFor({ timeout: 5000 });

    // Leerplicht is offered only the kinds of data it may read on this case itself, and is told why.
    const offered = await officer.getByLabel('Soort gegevens', { exact: true }).locator('option').allTextContents();
    expect(offered).toContain('ongeoorloofd verzuim');
    expect(offered).not.toContain('thuissituatie');
    await officer
      .getByText(
        /^U kunt alleen notuleren en besluiten vastleggen in soorten gegevens die u bij deze casus zelf mag inzien/,
      )
      .waitFor();
    await officer.getByLabel('Notulen schrijven').fill('Gesprek op het gemeentehuis is gepland.');
    await officer.getByRole('button', { name: 'Notulen opslaan' }).click();
    await chair.getByText('Gesprek op het gemeentehuis is gepland.').waitFor({ timeout: 5000 });
    expect(await accessibilityViolations(officer)).toEqual([]);
    await screenshot(chair, 'meeting-room-chair');
    await screenshot(officer, 'meeting-room-officer');
  });

  it("creates an action in place that appears on the owner's start page", async () => {
    await chair.getByLabel('Wat moet er gebeuren?').fill('Huisbezoek afleggen bij het gezin');
    await chair.getByLabel('Wie doet het?').selectOption({ label: 'Joost Smit' });
    await chair.getByRole('button', { name: 'Actie toevoegen' }).click();
    await officer.getByText('Huisbezoek afleggen bij het gezin').waitFor({ timeout: 5000 });
    await officer
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Start' })
      .click({ timeout: 5000 });
    await officer
      .getByRole('region', { name: /^Mijn openstaande acties? / })
      .getByText(/^Huisbezoek afleggen bij het gezin/)
      .waitFor({ timeout: 5000 });
    expect(await accessibilityViolations(officer)).toEqual([]);
  });
});
