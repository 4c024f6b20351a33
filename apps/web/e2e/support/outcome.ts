import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './browser';

/**
 * The outcome message of the person's last action (OutcomeMessage): it must say `text`, lie inside
 * the viewport and hold the focus, so the person sees it without looking and a screen reader reads it.
 * Returns its text.
 */
export async function expectOutcomeInView(page: Page, text: RegExp | string): Promise<string> {
  const outcome = page.locator('.aanwezig-outcome').filter({ hasText: text });
  await outcome.first().waitFor();
  // Once the page has settled (a list may still grow above it; the message keeps itself in view).
  await page.waitForTimeout(300);
  const seen = await outcome.first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return {
      // Within a pixel: layout rounds (a box may end at 720.33 in a 720 px window once scrolled into view).
      inside:
        box.top >= -1 && box.left >= -1 && box.bottom <= window.innerHeight + 1 && box.right <= window.innerWidth + 1,
      focused: element === document.activeElement || element.contains(document.activeElement),
      text: element.textContent ?? '',
    };
  });
  expect(seen.inside, `outcome "${seen.text}" lies outside the viewport`).toBe(true);
  expect(seen.focused, `outcome "${seen.text}" does not hold the focus`).toBe(true);
  return seen.text;
}

/** axe-core over the page as it is now: WCAG 2.1 A and AA, zero violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await accessibilityViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
    [],
  );
}
