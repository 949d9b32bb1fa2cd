import { expect, test, type Page } from '@playwright/test';
import { nextStep } from './helpers.ts';

/** Review findings on the start of the questionnaire and the route explorer (2026-12-05). */
const hydrated = (page: Page) => page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });

test('the school year of a richting is not pre-selected: the pupil chooses it', async ({ page }) => {
  await page.goto('/vragenlijst/');
  await hydrated(page);
  await nextStep(page, /^Start$/);
  await page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?').selectOption('humane-wetenschappen-3de-graad');
  const years = page.getByRole('group', { name: /In welk jaar/ }).getByRole('radio');
  await expect(years).toHaveCount(2);
  for (const year of await years.all()) await expect(year).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Volgende' })).toBeDisabled();
  await expect(page.getByText('Kies eerst in welk jaar je zit.')).toBeVisible();
  await page.getByRole('radio', { name: '5de jaar' }).check();
  await expect(page.getByRole('button', { name: 'Volgende' })).toBeEnabled();

  await page.goto('/routes/');
  await expect(page).toHaveURL(/#van=/);
  await page.getByLabel('Waar ben je nu (of wat werk je dit schooljaar af)?').selectOption('humane-wetenschappen-2de-graad');
  for (const year of await page.getByRole('group', { name: /In welk jaar/ }).getByRole('radio').all()) await expect(year).not.toBeChecked();
  await expect(page.getByText('Kies in welk jaar van Humane wetenschappen je zit.')).toBeVisible();
  await page.getByRole('radio', { name: /3de jaar/ }).check();
  await expect(page.locator('li[data-id="humane-wetenschappen-2de-graad"]').first()).toBeVisible();
  await expect(page).toHaveURL(/van=humane-wetenschappen-2de-graad%403/);
});
