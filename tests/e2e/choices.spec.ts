import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

const KEY = 'richtingwijzer:keuzes:v1';

test('save from a study page, keep it on the device on request, and "wis alles" leaves nothing', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/studies/latijn-2de-graad/');
  const save = page.getByRole('button', { name: /^Bewaar in mijn keuzes/ });
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Bewaard in je keuzes.' })).toBeVisible();
  // By default only this tab keeps it.
  expect(await page.evaluate((key) => [sessionStorage.getItem(key) !== null, localStorage.getItem(key)], KEY)).toEqual([true, null]);

  // Saved studies only: the page shows them without downloading the schools of Flanders.
  const schoolFiles: string[] = [];
  page.on('request', (r) => r.url().includes('/data/scholen') && schoolFiles.push(r.url()));
  await page.goto('/keuzes/');
  await expect(page.locator('.choice-list').first()).toContainText('Latijn (2de graad, doorstroomfinaliteit)');
  await expectNoAxeViolations(page);
  expect(schoolFiles).toEqual([]);
  await page.getByRole('checkbox', { name: 'Bewaar op dit toestel' }).check();
  expect(await page.evaluate((key) => [sessionStorage.getItem(key), JSON.parse(localStorage.getItem(key)!).choices.studies], KEY)).toEqual([null, ['latijn-2de-graad']]);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Bewaar op dit toestel' })).toBeChecked();
  await expect(page.locator('.choice-list').first()).toContainText('Latijn');

  // "Wis alles" asks first: "Nee" (where the focus goes) and Escape keep everything.
  const wipe = page.getByRole('button', { name: 'Wis alles' });
  await wipe.click();
  await expect(page.getByRole('button', { name: 'Nee, niets wissen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(wipe).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(wipe).toBeFocused();
  await expect(page.locator('.choice-list').first()).toContainText('Latijn');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('latijn-2de-graad');
  await wipe.click();
  await page.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByText('Alles is gewist')).toBeVisible();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  await expect(page.getByText('Nog geen studies bewaard.')).toBeVisible();
  expect(watch.consoleErrors).toEqual([]);
});

test('unreadable saved data is reported, kept untouched, and replaced only on request', async ({ page }) => {
  await page.goto('/keuzes/');
  await page.evaluate((key) => {
    localStorage.setItem(key, '{"app":"richtingwijzer","v":1,"choices":{"studies":');
    localStorage.setItem('andere-site', 'blijft');
  }, KEY);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('die we niet konden lezen');
  await expect(page.getByText('Je bewaarde keuzes op dit toestel zijn beschadigd')).toBeVisible();

  // Working on: a study saved from its page goes to this tab, the broken data stays as it was.
  await page.goto('/studies/elektriciteit-2de-graad/');
  const save = page.getByRole('button', { name: /^Bewaar in mijn keuzes/ });
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"app":"richtingwijzer","v":1,"choices":{"studies":');
  await page.goto('/keuzes/');
  await expect(page.locator('.choice-list').first()).toContainText('Elektriciteit');
  await page.getByRole('button', { name: 'Vervang ze door mijn huidige keuzes' }).click();
  await page.getByRole('checkbox', { name: 'Bewaar op dit toestel' }).check();
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).choices.studies, KEY)).toEqual(['elektriciteit-2de-graad']);
  expect(await page.evaluate(() => localStorage.getItem('andere-site'))).toBe('blijft');
});

test('a full storage is reported and the choice stays for this page', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('vol', 'QuotaExceededError');
    };
  });
  await page.goto('/studies/latijn-2de-graad/');
  const save = page.getByRole('button', { name: /^Bewaar in mijn keuzes/ });
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'konden niet bewaard worden' })).toBeVisible();
});

test('a tampered share link says so and the own choices stay', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/studies/latijn-2de-graad/');
  const save = page.getByRole('button', { name: /^Bewaar in mijn keuzes/ });
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/keuzes/#k=1.bm9uc2Vuc2U');
  await expect(page.getByRole('alert')).toContainText('Deze gedeelde link is beschadigd of onvolledig');
  await expect(page.locator('.choice-list').first()).toContainText('Latijn');
  await page.goto('/keuzes/#k=9.abc');
  await expect(page.getByRole('alert')).toContainText('andere versie');
  expect(watch.consoleErrors).toEqual([]);
});
