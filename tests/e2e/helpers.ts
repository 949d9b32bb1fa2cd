import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { WCAG_TAGS } from '../../scripts/lib/axe.ts';

/**
 * axe with the WCAG 2.0/2.1/2.2 A and AA rules: the page must have no violations. Legacy mode runs axe in the page
 * itself instead of opening a blank page per check to merge frame results (the site has no iframes).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(summary).toEqual([]);
}

/** Collects console errors and requests to other origins, to assert on at the end of a test. */
export function watchPage(page: Page) {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol.startsWith('http')) foreignRequests.push(request.url());
  });
  return { consoleErrors, foreignRequests };
}

/** Presses Tab until the element has focus (keyboard only, like a pupil without a mouse). */
export async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** How far the page is wider than the screen (on a phone the layout may widen, so compare with the screen itself). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return (await page.evaluate(() => document.documentElement.scrollWidth)) - page.viewportSize()!.width;
}

/** The questionnaire by keyboard: chooses answer n (1-5) or "Weet ik niet" (6) of an item's radio group. */
export async function answerItem(page: Page, item: Locator, n: number) {
  await tabTo(page, item.getByRole('radio').first());
  await page.keyboard.press('Space');
  for (let i = 1; i < n; i++) await page.keyboard.press('ArrowRight');
  await expect(item.getByRole('radio').nth(n - 1)).toBeChecked();
}

/** The questionnaire by keyboard: tabs to the step's button and presses Enter. */
export async function nextStep(page: Page, name: RegExp = /^(Volgende|Start|Toon mijn voorstellen)$/) {
  await tabTo(page, page.getByRole('button', { name }));
  await page.keyboard.press('Enter');
}

/** The questionnaire's step heading. */
export const questionHeading = (page: Page) => page.locator('#q-title');
