import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

test.describe('catalogue with JavaScript', () => {
  test('facets filter instantly, combine, and keep the selection in the URL', async ({ page }) => {
    await page.goto('/catalogus/');
    const items = page.locator('[data-list] > li:visible');
    const total = await items.count();
    expect(total).toBeGreaterThan(300);

    await page.getByRole('button', { name: '2de graad', exact: true }).click();
    await expect(page).toHaveURL(/\/catalogus\/\?graad=2$/);
    const graad2 = await items.count();
    expect(graad2).toBeLessThan(total);
    await expect(page.locator('[data-count]')).toContainText(`${graad2} studies voor: 2de graad`);

    await page.getByRole('button', { name: 'Arbeidsmarkt', exact: true }).click();
    await expect(page).toHaveURL(/graad=2&finaliteit=arbeidsmarkt/);
    const both = await items.count();
    expect(both).toBeLessThan(graad2);
    for (const meta of await items.locator('.meta').allTextContents()) {
      expect(meta).toContain('2de graad');
      expect(meta).toContain('Arbeidsmarktfinaliteit');
    }
    await expect(page.getByRole('button', { name: 'Arbeidsmarkt', exact: true })).toHaveAttribute('aria-pressed', 'true');

    // The URL restores the same view.
    await page.reload();
    await expect(items).toHaveCount(both);
    await expectNoAxeViolations(page);
  });

  test('facet toggles work with the keyboard', async ({ page }) => {
    await page.goto('/catalogus/');
    const toggle = page.getByRole('button', { name: 'Sport', exact: true });
    await toggle.focus();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  test('an odd query string does not break the catalogue', async ({ page }) => {
    await page.goto('/catalogus/?graad=9&domein=%3Cb%3E&finaliteit=arbeidsmarkt&foo=bar#%%');
    await expect(page.locator('[data-count]')).toContainText('voor: Arbeidsmarkt');
  });
});

test.describe('catalogue without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('facet links open pre-rendered filtered pages', async ({ page }) => {
    await page.goto('/catalogus/');
    const all = await page.locator('[data-list] > li:not([hidden])').count();
    await page.getByRole('link', { name: 'Land- en tuinbouw', exact: true }).click();
    await expect(page).toHaveURL(/\/catalogus\/domein\/land-en-tuinbouw\/$/);
    await page.waitForLoadState('load');
    const visible = page.locator('[data-list] > li:not([hidden])');
    const count = await visible.count();
    expect(count).toBeGreaterThan(5);
    expect(count).toBeLessThan(all);
    for (const meta of await visible.locator('.meta').allTextContents()) expect(meta).toContain('Land- en tuinbouw');
    await expect(page.getByRole('link', { name: 'Land- en tuinbouw', exact: true })).toHaveAttribute('aria-current', 'page');
    // axe needs JavaScript; the facet pages are checked by the template pass in pages.spec.ts.
  });
});
