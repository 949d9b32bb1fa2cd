import { expect, test } from '@playwright/test';
import { horizontalOverflow } from './helpers.ts';

test('a study page fits a phone screen without sideways scrolling', async ({ page }) => {
  await page.goto('/studies/basiszorg-en-ondersteuning-3de-graad/');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the catalogue filters work on a phone', async ({ page }) => {
  await page.goto('/catalogus/');
  await page.getByRole('button', { name: '1ste graad', exact: true }).tap();
  await expect(page.locator('[data-count]')).toContainText('voor: 1ste graad');
});

test('the route explorer fits a phone and answers a tap', async ({ page }) => {
  await page.goto('/routes/#van=tweede-leerjaar-b@2');
  await expect(page).toHaveURL(/#van=tweede-leerjaar-b/);
  await page.getByRole('radio', { name: /C-attest/ }).tap();
  await expect(page.getByRole('status').first()).toContainText('Met een C-attest doe je het jaar over');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the route explorer fits without sideways scrolling', async ({ page }) => {
    await page.goto('/routes/#van=tweede-leerjaar-b@2&doel=professionele-bachelor');
    await expect(page.locator('.routes > li').first()).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('the questionnaire fits and can be answered with taps', async ({ page }) => {
    await page.goto('/vragenlijst/');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Start' }).tap();
    await page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?').selectOption('eerste-leerjaar-b');
    await page.getByRole('button', { name: 'Volgende' }).tap();
    await page.getByRole('radio', { name: /^A-attest: / }).tap();
    await page.getByRole('button', { name: 'Volgende' }).tap();
    await page.getByRole('button', { name: 'Volgende' }).tap();
    await page.locator('fieldset.scale-item').first().getByText('Heel leuk').tap();
    await expect(page.locator('fieldset.scale-item').first().getByRole('radio', { name: 'Heel leuk' })).toBeChecked();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});

test('the school finder and its comparison fit a phone', async ({ page }) => {
  await page.goto('/scholen/zoeken/?plaats=9000&studie=latijn-2de-graad&kies=het-gymnasion-29306-1&kies=sint-lievenscollege-109959-1&kies=ivg-school-37085-1&vergelijk=1');
  await expect(page.getByRole('heading', { name: 'Vergelijking van 3 scholen' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});

test('mijn keuzes and the session fit a phone', async ({ page }) => {
  await page.goto('/studies/latijn-2de-graad/');
  const save = page.getByRole('button', { name: /^Bewaar in mijn keuzes/ });
  await save.tap();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/keuzes/');
  await expect(page.locator('.choice-list').first()).toContainText('Latijn');
  await page.getByRole('button', { name: 'Maak een deellink' }).tap();
  await expect(page.getByRole('img', { name: /QR-code/ })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.goto('/sessie/');
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Start een nieuwe sessie' }).tap();
  await expect(page.getByRole('heading', { name: '1. Vragenlijst en voorstellen' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});
