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

test('BuSO OV4 asks the year and the A-, B- or C-attest; the last year asks whether you pass', async ({ page }) => {
  await page.goto('/routes/');
  await expect(page).toHaveURL(/#van=/);
  const start = page.getByLabel('Waar ben je nu (of wat werk je dit schooljaar af)?');
  await start.selectOption('buso-opleidingsvorm-4');
  await expect(page.getByRole('group', { name: /In welk jaar/ }).getByRole('radio')).toHaveCount(6);
  await page.getByRole('radio', { name: /^3de jaar/ }).check();
  await expect(page.getByRole('radio', { name: /B-attest/ })).toBeVisible();
  await expect(page.getByText('Hier krijg je geen A-, B- of C-attest.')).toHaveCount(0);
  await expect(page.locator('.explorer-notes')).toContainText('dezelfde graden, richtingen, overgangsregels, attesten en diploma');
  await expect(page.locator('.explorer-notes')).not.toContainText('verslag van het CLB');
  await expect(page.locator('li[data-id="buso-opleidingsvorm-4"]').first()).toContainText('4de jaar');
  await expect(page.locator('.flow-start')).toContainText('A-attest');

  // The picture names no attest where the year ends without one, and says "Geslaagd" in a last year.
  await start.selectOption('buso-opleidingsvorm-3');
  await expect(page.getByText('Hier krijg je geen A-, B- of C-attest.')).toBeVisible();
  await expect(page.locator('.flow-start')).not.toContainText('attest');

  // A 7de jaar is a last year: no B-attest and no "wat sluit de klassenraad uit?".
  await start.selectOption('kapper-stylist-7de-jaar');
  await expect(page.getByRole('group', { name: 'Slaag je dit jaar?' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /B-attest/ })).toHaveCount(0);
  await expect(page.locator('.flow-start')).toContainText('Geslaagd');
  await expect(page.getByRole('option', { name: 'Topsport (dubbele finaliteit)' }).first()).toBeAttached();

  await page.goto('/vragenlijst/');
  await hydrated(page);
  await nextStep(page, /^Start$/);
  await page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?').selectOption('humane-wetenschappen-3de-graad');
  await page.getByRole('radio', { name: '6de jaar' }).check();
  await nextStep(page);
  await expect(page.getByRole('group', { name: 'Slaag je dit jaar?' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /B-attest/ })).toHaveCount(0);
});

test('the questionnaire asks what a B-attest excludes as the explorer does: finaliteit, onderwijsvorm, domein or a named richting', async ({ page }) => {
  await page.goto('/vragenlijst/');
  await hydrated(page);
  await nextStep(page, /^Start$/);
  await page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?').selectOption('tweede-leerjaar-a');
  await nextStep(page);
  await page.getByRole('radio', { name: /B-attest/ }).check();
  await page.getByRole('group', { name: 'Onderwijsvorm' }).getByRole('checkbox', { name: 'aso' }).check();
  const richting = page.getByLabel('Een bepaalde richting');
  // The richtingen of the graad the pupil goes to: after the 2de leerjaar, those of the 2de graad.
  await expect(richting.locator('option[value="latijn-2de-graad"]')).toBeAttached();
  await expect(richting.locator('option[value="latijn-wiskunde-3de-graad"]')).toHaveCount(0);
  await richting.selectOption('latijn-2de-graad');
  await page.getByRole('button', { name: 'Voeg toe' }).click();
  await expect(page.getByRole('list', { name: 'Uitgesloten richtingen' })).toContainText('Latijn');
  const kept = () => page.evaluate(() => Object.values(sessionStorage).join(' '));
  await expect.poll(kept).toContain('s:latijn-2de-graad');
  expect(await kept()).toContain('o:aso');
  await page.getByRole('button', { name: 'Latijn niet meer uitsluiten' }).click();
  await expect.poll(kept).not.toContain('s:latijn-2de-graad');
});
