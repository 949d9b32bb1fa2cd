import { expect, test } from '@playwright/test';
import { horizontalOverflow, tabTo } from './helpers.ts';

const PAGES = ['', 'in-een-blad/', 'aanmelden/', 'attesten/', 'begrippen/', 'hulp/'];

test('the language switch works by keyboard: from the Dutch glossary to the same page in Arabic and back', async ({ page }) => {
  await page.goto('/begrippen/');
  const switcher = page.getByRole('navigation', { name: /Language/ });
  const arabic = switcher.getByRole('link', { name: 'العربية' });
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await tabTo(page, arabic);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ar\/begrippen\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const dutch = page.getByRole('navigation', { name: /Language/ }).getByRole('link', { name: 'Nederlands' });
  await tabTo(page, dutch);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/begrippen\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('a translated page keeps the Dutch word beside the translation, marked as Dutch', async ({ page }) => {
  await page.goto('/en/attesten/');
  const term = page.locator('main [lang="nl"]', { hasText: 'B-attest' }).first();
  await expect(term).toBeVisible();
  await expect(page.getByRole('note')).toContainText('free');
  await expect(page.locator('link[rel="alternate"][hreflang="nl"]')).toHaveAttribute('href', '/attesten/');
  await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute('href', '/ar/attesten/');
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of PAGES) {
    test(`/ar/${path} lays out right to left without sideways scrolling`, async ({ page }) => {
      await page.goto(`/ar/${path}`);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      const heading = page.locator('h1');
      const box = (await heading.boundingBox())!;
      // Right to left: the heading starts at the right edge of the content, not at the left.
      expect(await heading.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      expect(360 - (box.x + box.width)).toBeLessThan(box.x + 1);
      const notice = page.getByRole('note');
      expect(await notice.evaluate((el) => parseFloat(getComputedStyle(el).borderRightWidth))).toBeGreaterThan(0);
    });
  }
});

// lang, dir, axe, console errors and third-party requests of every translated page: the audit (scripts/audit.ts)
// crawls all of them in Chromium as part of `npm test`; these specs test what only a browser session shows.

test('the printed summary of Mijn keuzes can carry a link and QR code to the overview in the family’s language', async ({ page }) => {
  await page.goto('/keuzes/');
  const select = page.getByLabel('Uitleg in de taal van het gezin (link en QR-code op de samenvatting)');
  await expect(select).toHaveValue('');
  await expect(page.locator('.family-link-result')).toHaveCount(0);
  await select.selectOption('ar');
  const link = page.locator('.family-link-result a');
  await expect(link).toHaveAttribute('href', /\/ar\/in-een-blad\/$/);
  await expect(page.getByRole('img', { name: /QR-code naar .*\/ar\/in-een-blad\// })).toBeVisible();
  await expect(page.locator('.family-link-result [lang="ar"]')).toHaveText('العربية');
  await link.click();
  await expect(page).toHaveURL(/\/ar\/in-een-blad\/$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});
