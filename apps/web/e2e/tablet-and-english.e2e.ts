import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MESSAGES, type Language, type MessageTree } from '@aanwezig/messages';
import { en } from '../src/app/locales/en';
import { nl } from '../src/app/locales/nl';
import { accessibilityViolations, screenshot } from './support/browser';
import { useBrowserSession } from './support/session';

/** Every Dutch screen string that reads differently in English, as a pattern ({{x}} matches anything). */
function dutchOnlyPatterns(): RegExp[] {
  const patterns: RegExp[] = [];
  const walk = (dutch: unknown, english: unknown) => {
    if (typeof dutch === 'string') {
      if (dutch !== english && /[a-z]{3}/i.test(dutch)) {
        patterns.push(new RegExp(`^${dutch.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{\w+\}\}/g, '.+')}$`));
      }
      return;
    }
    for (const [key, value] of Object.entries(dutch as Record<string, unknown>))
      walk(value, (english as Record<string, unknown>)[key]);
  };
  walk(nl, en);
  return patterns;
}

/**
 * The server's texts of one group (`timeline`, `notification`, `errors`) in one language, as patterns found
 * anywhere in a line ({{x}} and nested $t(…) match anything); only texts that read differently in the other
 * language, so a match says which language the screen used.
 */
function serverTextPatterns(group: string, language: Language): RegExp[] {
  const other: Language = language === 'nl' ? 'en' : 'nl';
  const patterns: RegExp[] = [];
  const walk = (mine: string | MessageTree | undefined, theirs: string | MessageTree | undefined) => {
    if (typeof mine === 'string') {
      const fixed = mine.replace(/\{\{[^}]+\}\}|\$t\([^)]+\)/g, '');
      if (mine !== theirs && /[a-z]{4}/i.test(fixed))
        patterns.push(
          new RegExp(
            mine
              .split(/\{\{[^}]+\}\}|\$t\([^)]+\)/)
              .map((part) => part.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&'))
              .join('.+?'),
          ),
        );
      return;
    }
    for (const [key, value] of Object.entries(mine ?? {}))
      walk(value, typeof theirs === 'object' ? theirs[key] : undefined);
  };
  walk(MESSAGES[language][group], MESSAGES[other][group]);
  return patterns;
}

/** The coordinator's pages, as a tablet shows them. */
const PAGES = [
  { name: 'start', path: '/' },
  { name: 'cases', path: '/casussen' },
  { name: 'case', path: 'first-case' },
  { name: 'meetings', path: '/overleggen' },
  { name: 'meeting-room', path: 'first-meeting' },
  { name: 'signals', path: '/signalen' },
  { name: 'report', path: '/rapportage' },
  { name: 'letters', path: '/brieven' },
  { name: 'import', path: '/import' },
  { name: 'protocol', path: '/protocol' },
];

describe('on a tablet (768 × 1024), in Dutch and in English', () => {
  const session = useBrowserSession();
  let page: Page;
  const paths = new Map<string, string>();

  const open = async (path: string) => {
    await page.goto(`${session.server.url}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Bezig met laden|Loading/ })
      .first()
      .waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    page = await session.browser.newPage({ viewport: { width: 768, height: 1024 } });
    await page.goto(session.server.url);
    await page.getByRole('button', { name: 'Ahmed el Amrani' }).click();
    await page.getByRole('heading', { level: 1, name: 'Goedendag Ahmed el Amrani' }).waitFor();
    for (const { path } of PAGES) paths.set(path, path);
    await open('/casussen');
    paths.set('first-case', (await page.getByRole('table').getByRole('link').first().getAttribute('href'))!);
    await open('/overleggen');
    paths.set('first-meeting', (await page.getByRole('main').getByRole('link').first().getAttribute('href'))!);
  });

  it('fits every page to the width without sideways scrolling of the page, with no WCAG violations', async () => {
    for (const { name, path } of PAGES) {
      await open(paths.get(path)!);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page), name).toEqual([]);
      await screenshot(page, `tablet-${name}`);
    }
  });

  it('shows no Dutch screen text once switched to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const dutch = dutchOnlyPatterns();
    for (const { name, path } of PAGES) {
      await open(paths.get(path)!);
      const texts = await page
        .locator('h1, h2, h3, label, legend, th[scope=col], button, nav a, caption, summary')
        .allInnerTexts();
      const untranslated = texts.map((x) => x.trim()).filter((x) => dutch.some((p) => p.test(x)));
      expect(untranslated, `${name} in English`).toEqual([]);
    }
    await screenshot(page, 'tablet-case-english');
  });

  it("says the server's errors, notifications and timeline entries in English", async () => {
    if (await page.getByRole('button', { name: 'English' }).count())
      await page.getByRole('button', { name: 'English' }).click();
    const said = async (selector: string, group: string) => {
      const lines = (await page.locator(selector).allInnerTexts()).map((x) => x.trim());
      const dutch = serverTextPatterns(group, 'nl');
      const english = serverTextPatterns(group, 'en');
      return {
        lines,
        dutch: lines.filter((line) => dutch.some((p) => p.test(line))),
        english: lines.filter((line) => english.some((p) => p.test(line))),
      };
    };

    await open(paths.get('first-case')!);
    const timeline = await said('section[aria-labelledby="case-timeline"] li', 'timeline');
    expect(timeline.lines.length, 'the case has a timeline').toBeGreaterThan(0);
    expect(timeline.dutch, 'timeline entries in Dutch').toEqual([]);
    expect(timeline.english.length, 'timeline entries said in English').toBeGreaterThan(0);

    await open('/');
    const notifications = await said('section[aria-labelledby="home-notifications"] li', 'notification');
    expect(notifications.lines.length, 'the coordinator has notifications').toBeGreaterThan(0);
    expect(notifications.dutch, 'notifications in Dutch').toEqual([]);
    expect(notifications.english.length, 'notifications said in English').toBe(notifications.lines.length);

    // A case that is not there: the API refuses it, and the page says why in English.
    await page.goto(`${session.server.url}/casussen/00000000-0000-4000-8000-000000000000`);
    await page
      .getByText(/This case does not exist/)
      .first()
      .waitFor();
    const refusal = await said('p', 'errors');
    expect(refusal.dutch, 'errors in Dutch').toEqual([]);
    expect(refusal.english.length, 'the refusal said in English').toBeGreaterThan(0);
    await screenshot(page, 'tablet-error-english');
  });
});
