import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

test('a misspelled, accent-less query finds a study and opens it by keyboard alone', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/studies/latijn-2de-graad/');
  // Reach the header search with the keyboard: skip link and language switch first, then Tab until the search field has focus.
  for (let i = 0; i < 30 && !(await page.locator('#site-search').evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('electromechanise technieken');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=electromechanise/);

  const input = page.getByRole('combobox', { name: /Zoek een richting/ });
  await expect(page.getByRole('option').first()).toBeVisible();
  await input.focus();
  await page.keyboard.press('ArrowDown');
  const first = page.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expect(first).toContainText('Elektromechanische technieken');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/studies\/elektromechanische-technieken-(2de|3de)-graad\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Elektromechanische technieken');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('search results are grouped by type, and a query without results says so', async ({ page }) => {
  await page.goto('/zoeken/');
  const input = page.getByRole('combobox');
  await input.fill('verpleging');
  await expect(page.getByRole('group').first()).toBeVisible();
  const groups = await page.getByRole('group').evaluateAll((els) => els.map((el) => el.getAttribute('aria-labelledby')));
  expect(groups.length).toBeGreaterThan(0);
  await expect(page.getByRole('option').filter({ hasText: 'Verpleegkunde' }).first()).toBeVisible();
  await input.fill('qqqxxzz');
  await expect(page.getByText(/Niets gevonden voor "qqqxxzz"/)).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expectNoAxeViolations(page);
});

test('odd search text never breaks the page', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/zoeken/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%20%F0%9F%98%80%00%25');
  await expect(page.getByRole('combobox')).toHaveValue(/<script>alert\(1\)<\/script>/);
  await expect(page.locator('[data-status]')).toContainText(/Niets gevonden|resultaat/);
  expect(watch.consoleErrors).toEqual([]);
});

test('the search index is not loaded by content pages, only when the search is used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/studies/latijn-2de-graad/');
  await page.waitForLoadState('networkidle');
  // A study page loads only the small save-button script: no search code, no index, and not the choices store
  // (that comes when the button is used).
  expect(requested.filter((p) => /search|minisearch|choices/i.test(p))).toEqual([]);
  expect(requested.filter((p) => p.endsWith('.js')).every((p) => /SaveButton|preload-helper|keys\./.test(p))).toBe(true);
  await page.goto('/zoeken/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('search-index'))).toEqual([]);
  await page.getByRole('combobox').focus();
  await page.waitForResponse((r) => r.url().includes('/data/search-index.json'));
});
