import { expect, test } from '@playwright/test';
import { watchPage } from './helpers.ts';

const weird = [
  '/?q=%E0%A4%A&x=<script>alert(1)</script>',
  '/catalogus/?graad=9&domein=%00%FF&finaliteit=../../etc',
  '/catalogus/#%%%',
  '/zoeken/?q=%E0%A4%A',
  '/zoeken/?q=' + 'a'.repeat(3000),
  '/studies/latijn-2de-graad/?utm=x#begrip-bestaat-niet',
  '/routes/#van=%E0%A4%A&uit=s:<img>&doel=../',
  '/vragenlijst/?stap=99#wis',
];

for (const url of weird) {
  test(`a weird address never breaks the page: ${url.slice(0, 60)}`, async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(watch.consoleErrors).toEqual([]);
  });
}

test('an unknown URL gets the Dutch 404 page with a search box', async ({ page }) => {
  const response = await page.goto('/dit/bestaat/niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('searchbox').first()).toBeVisible();
});

test('without JavaScript the site works; the questionnaire says it needs JavaScript and offers the catalogue', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/catalogus/domein/stem/');
  await expect(page.locator('.study-list li:not([hidden])').first()).toBeVisible();
  await page.goto('/studies/latijn-2de-graad/');
  await expect(page.getByRole('heading', { name: 'Waar kan je naartoe?' })).toBeVisible();
  await page.goto('/zoeken/?q=latijn');
  // With JavaScript off, the <noscript> content is ordinary page content (Playwright's text engine skips the tag itself).
  await expect(page.locator('noscript p.notice')).toContainText('Zoeken werkt alleen met JavaScript');
  await expect(page.locator('noscript a[href="/catalogus/"]')).toBeVisible();
  await page.goto('/vragenlijst/');
  await expect(page.locator('noscript p.notice')).toContainText('De vragenlijst heeft JavaScript nodig');
  await page.locator('noscript a[href="/catalogus/"]').click();
  await expect(page).toHaveURL(/\/catalogus\/$/);
  await context.close();
});
