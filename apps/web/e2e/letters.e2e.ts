import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PDFParse } from 'pdf-parse';
import { screenshot } from './support/browser';
import { expectAccessible, expectOutcomeInView } from './support/outcome';
import { signInAndOpen, useBrowserSession } from './support/session';

describe('a letter to parents in the browser (the Het Baken coordinator)', () => {
  const session = useBrowserSession();
  let page: Page;

  beforeAll(async () => {
    page = session.page;
    await signInAndOpen(page, session.server.url, 'Ahmed el Amrani', 'Brief aan ouders', 'Brief aan ouders');
  });

  it('asks for the pupil first, next to the field', async () => {
    await page.getByRole('button', { name: 'Concept maken' }).click();
    await expectOutcomeInView(page, 'Kies eerst de leerling voor wie u de brief schrijft.');
    await expectAccessible(page);
  });

  it('drafts a letter with the days missed, greeting the parents by name above their address, to edit', async () => {
    const pupil = page.getByLabel('Leerling');
    const first = await pupil.locator('option').nth(1).getAttribute('value');
    await pupil.selectOption(first!);
    await page.getByLabel('Situatie').selectOption({ label: 'Vaak ziek gemeld' });
    await page.getByRole('button', { name: 'Concept maken' }).click();
    await expectOutcomeInView(page, /^Het concept staat hieronder, met [\d,]+ gemiste schooldagen\./);
    const body = page.getByLabel('Tekst van de brief');
    await body.waitFor();
    const text = await body.inputValue();
    expect(text).toMatch(/\d+(,\d)? schooldag|halve schooldag|anderhalve schooldag/);
    // The salutation from the parents' names, never "ouder van ... (moeder)".
    const [greeting] = text.split('\n');
    expect(greeting).toMatch(
      /^Beste (mevrouw|meneer) [A-ZÖ][^,]*( en (mevrouw|meneer) [^,]+)?,$|^Beste (mevrouw en meneer|meneer en mevrouw) [^,]+,$/,
    );
    expect(text).not.toMatch(/ouder van|\(moeder\)|\(vader\)/);
    // A Dutch date, and no figure right after it.
    expect(text).toMatch(
      /Sinds \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} (is|heeft) /,
    );
    // The address block of the parents: a name line with initials, the street, then postal code and town.
    const address = page.getByTestId('letter-address');
    expect(await address.innerText()).toMatch(/^(Mevrouw|De heer) [A-Z]\. .+\n.+ \d+\n\d{4} [A-Z]{2}\s+\S+/);
    expect(await page.getByLabel('Onderwerp').inputValue()).toMatch(/is vaak ziek$|^De ziekmeldingen van /);
    await expectAccessible(page);
    await screenshot(page, 'letter-draft');
  });

  it('keeps what was typed when sending fails, and says why', async () => {
    const body = page.getByLabel('Tekst van de brief');
    await body.fill(`${await body.inputValue()}\n\nPS: u mag ook bellen na 15.00 uur.`);
    const boxes = page.getByRole('checkbox');
    // Choose only parents without an e-mail address, if there is one; otherwise choose none.
    for (let i = 0; i < (await boxes.count()); i++) {
      const label = await page.locator(`label[for="${await boxes.nth(i).getAttribute('id')}"]`).textContent();
      if (Boolean(label?.includes('geen e-mailadres bekend')) === (await boxes.nth(i).isChecked())) continue;
      await boxes.nth(i).click();
    }
    await page.getByRole('button', { name: 'Versturen per e-mail' }).click();
    const said = await expectOutcomeInView(page, /Van .+ is geen e-mailadres bekend|Kies aan wie de brief gaat/);
    // Validation says what to change, never that something broke.
    expect(said).not.toMatch(/Er ging iets mis/);
    expect(await body.inputValue()).toContain('PS: u mag ook bellen na 15.00 uur.');
    await expectAccessible(page);
  });

  it('saves it on the case and downloads the edited letter as a PDF', async () => {
    // To a parent with parental authority (the school holds their address).
    const boxes = page.getByRole('checkbox');
    for (let i = 0; i < (await boxes.count()); i++) {
      const label = await page.locator(`label[for="${await boxes.nth(i).getAttribute('id')}"]`).textContent();
      if (!label?.includes('geen gezag') && !(await boxes.nth(i).isChecked())) await boxes.nth(i).click();
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bewaren en pdf downloaden' }).click(),
    ]);
    const parser = new PDFParse({ data: new Uint8Array(readFileSync((await download.path())!)) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain('PS: u mag ook bellen na 15.00 uur.');
    expect(text).toContain('Het Baken College');
    // Headed by the chosen parent's address block.
    expect(text).toMatch(/(Mevrouw|De heer) [A-Z]\. .+ \d{4} [A-Z]{2} /);
    await expectOutcomeInView(page, /^De brief aan .+ is bewaard in de casus en gedownload als pdf\./);
    await expectAccessible(page);
  });
});
