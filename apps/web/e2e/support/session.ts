import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startE2eServer, type E2eServer } from './server';

export interface BrowserSession {
  server: E2eServer;
  browser: Browser;
  page: Page;
}

/**
 * A fresh server (`npm start` on an empty embedded database) and one Chromium page for the suite,
 * closed after it. Use the result inside tests and later hooks.
 */
export function useBrowserSession(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.server = await startE2eServer();
    session.browser = await launchBrowser();
    session.page = await session.browser.newPage({ acceptDownloads: true });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}

/** Signs in through the demo-account list and opens a page from the main menu. */
export async function signInAndOpen(
  page: Page,
  url: string,
  name: string,
  menuItem: string,
  heading: string,
): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name }).click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: menuItem }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/**
 * Signs out with the header's "Afmelden" ("U bent afgemeld") and goes back to the sign-in page with
 * "Opnieuw aanmelden", where the demo accounts are offered again.
 */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'U bent afgemeld' }).waitFor();
  await page.getByRole('link', { name: 'Opnieuw aanmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
}
