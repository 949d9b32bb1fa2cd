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

  test('duaal leren and the 7de jaar are chosen by keyboard, and the count and list follow', async ({ page }) => {
    await page.goto('/catalogus/');
    const items = page.locator('[data-list] > li:visible');
    const total = await items.count();

    const duaal = page.getByRole('button', { name: 'Duaal leren', exact: true });
    await expect(duaal).toHaveAccessibleDescription(/werkvloer/);
    await duaal.focus();
    await page.keyboard.press('Space');
    await expect(duaal).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/\/catalogus\/\?leerweg=duaal$/);
    const duaalCount = await items.count();
    expect(duaalCount).toBeGreaterThan(0);
    expect(duaalCount).toBeLessThan(total);
    await expect(page.locator('[data-count]')).toHaveText(`${duaalCount} studies voor: Duaal leren`);
    for (const meta of await items.locator('.meta').allTextContents()) expect(meta).toContain('duaal');

    // Tab past the explanation's link to the next facet, as a keyboard user goes.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Meer uitleg over Duaal leren');
    await page.keyboard.press('Tab');
    const seventh = page.getByRole('button', { name: '7de jaar', exact: true });
    await expect(seventh).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(seventh).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/leerweg=duaal&leerjaar=7$/);
    const both = await items.count();
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(duaalCount);
    await expect(page.locator('[data-count]')).toHaveText(`${both} studies voor: Duaal leren, 7de jaar`);
    for (const meta of await items.locator('.meta').allTextContents()) {
      expect(meta).toContain('7de jaar');
      expect(meta).toContain('duaal');
    }

    // A 7de jaar has no finaliteit: with one the list is empty, and the page says what to do.
    await page.getByRole('button', { name: 'Arbeidsmarkt', exact: true }).click();
    await expect(items).toHaveCount(0);
    await expect(page.locator('[data-count]')).toContainText('zet er een uit');
    await expectNoAxeViolations(page);
  });

  test('a pre-rendered facet page keeps its filter when the script starts', async ({ page }) => {
    for (const [url, name, meta] of [
      ['/catalogus/leerjaar/7/', '7de jaar', '7de jaar'],
      ['/catalogus/stroom/B/', 'B-stroom', 'B-stroom'],
    ] as const) {
      await page.goto(url);
      await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
      const items = page.locator('[data-list] > li:visible');
      await expect(page.locator('[data-count] .result-count')).toHaveText(String(await items.count()));
      for (const text of await items.locator('.meta').allTextContents()) expect(text).toContain(meta);
    }
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

  test('the duaal and 7de-jaar links open their pre-rendered pages', async ({ page }) => {
    for (const [name, url, heading, meta] of [
      ['Duaal leren', /\/catalogus\/leerweg\/duaal\/$/, 'Catalogus: duaal leren', 'duaal'],
      ['7de jaar', /\/catalogus\/leerjaar\/7\/$/, 'Catalogus: 7de jaar', '7de jaar'],
    ] as const) {
      await page.goto('/catalogus/');
      const all = await page.locator('[data-list] > li:not([hidden])').count();
      await page.getByRole('link', { name, exact: true }).click();
      await expect(page).toHaveURL(url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const visible = page.locator('[data-list] > li:not([hidden])');
      const count = await visible.count();
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(all);
      await expect(page.locator('[data-count] .result-count')).toHaveText(String(count));
      for (const text of await visible.locator('.meta').allTextContents()) expect(text).toContain(meta);
      await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
    }
  });
});
