/**
 * Issue 17: answers survive a visit to another page (and are gone with the tab), the session carries what step 1
 * knows and asks before wiping, CLB workers find the session, and the finder never shows unfiltered schools for a
 * study it does not know.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';

// Whole walks and axe runs: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 150_000 });
const hydrated = (page: Page) => page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
const KEY = 'richtingwijzer:vragenlijst:v1';
const stageLabel = 'Waar zit je nu, of wat werk je dit schooljaar af?';

/** Start, "2de leerjaar A", B-attest without doorstroom, then on to the goal page. */
async function answerSituation(page: Page) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByLabel(stageLabel).selectOption('tweede-leerjaar-a');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: /B-attest/ }).check();
  await page.getByRole('checkbox', { name: 'Doorstroomfinaliteit' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await expect(page.locator('#q-title')).toHaveText('Je doel');
}

test('answers and the page survive going to mijn keuzes and back through the menu; a new tab starts empty; wis alles removes them', async ({ page, context }) => {
  await page.goto('/vragenlijst/');
  await hydrated(page);
  await expect(page.getByText('Ga je naar een andere pagina en kom je terug, dan staan ze er nog.')).toBeVisible();
  await answerSituation(page);
  await page.getByRole('radio', { name: 'Gaan werken' }).check();
  await expect(page.getByText('Sluit je dit tabblad, dan zijn ze weg.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn keuzes' }).click();
  await expect(page).toHaveURL(/\/keuzes\/$/);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wat past bij mij?' }).click();
  await hydrated(page);
  await expect(page.locator('#q-progress-label')).toHaveText('Stap 4 van 13');
  await expect(page.locator('#q-title')).toHaveText('Je doel');
  await expect(page.getByRole('radio', { name: 'Gaan werken' })).toBeChecked();
  await page.getByRole('button', { name: 'Vorige' }).click();
  await expect(page.getByRole('radio', { name: /B-attest/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Doorstroomfinaliteit' })).toBeChecked();
  await page.getByRole('button', { name: 'Vorige' }).click();
  await expect(page.getByLabel(stageLabel)).toHaveValue('tweede-leerjaar-a');
  // Kept for the tab only: nothing on the device.
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

  // A new tab (the old one closed) has its own session storage: the questionnaire starts empty.
  const fresh = await context.newPage();
  await page.close();
  await fresh.goto('/vragenlijst/');
  await hydrated(fresh);
  await expect(fresh.locator('#q-progress-label')).toHaveText('Stap 1 van 13');
  await fresh.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(fresh.getByLabel(stageLabel)).toHaveValue('');

  await fresh.getByLabel(stageLabel).selectOption('tweede-leerjaar-a');
  expect(await fresh.evaluate((key) => sessionStorage.getItem(key), KEY)).toContain('tweede-leerjaar-a');
  await fresh.getByRole('button', { name: 'Wis alles' }).click();
  await fresh.getByRole('button', { name: 'Ja, wis alles' }).click();
  expect(await fresh.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('richtingwijzer')))).toEqual([]);
  await expect(fresh.locator('#q-progress-label')).toHaveText('Stap 1 van 13');
});

test('unreadable kept answers get a clear message and are not overwritten until the pupil replaces them', async ({ page }) => {
  await page.goto('/vragenlijst/');
  await page.evaluate((key) => sessionStorage.setItem(key, '{"version":1,"answers":'), KEY);
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('status').filter({ hasText: 'Je bewaarde antwoorden in dit tabblad zijn beschadigd en konden niet gelezen worden. We hebben ze niet gewist.' })).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByLabel(stageLabel).selectOption('tweede-leerjaar-a');
  expect(await page.evaluate((key) => sessionStorage.getItem(key), KEY)).toBe('{"version":1,"answers":');
  await page.getByRole('button', { name: 'Vervang ze door mijn nieuwe antwoorden' }).click();
  expect(JSON.parse((await page.evaluate((key) => sessionStorage.getItem(key), KEY))!)).toMatchObject({ version: 1, answers: { stage: 'tweede-leerjaar-a@2' }, step: 1 });
  await expectNoAxeViolations(page);
});

test('the session: routes start from step 1, schools from the saved study, and closing without printing asks first', async ({ page }) => {
  await page.goto('/sessie/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Start een nieuwe sessie' }).click();
  // A pupil in the 4de jaar Elektromechanische technieken who expects a B-attest without doorstroom.
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByLabel(stageLabel).selectOption('elektromechanische-technieken-2de-graad');
  await expect(page.getByRole('radio', { name: '4de jaar' })).not.toBeChecked();
  await page.getByRole('radio', { name: '4de jaar' }).check();
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await page.getByRole('radio', { name: /B-attest/ }).check();
  await page.getByRole('checkbox', { name: 'Doorstroomfinaliteit' }).check();

  await page.getByRole('button', { name: '2. Routes' }).click();
  await expect(page.getByLabel('Waar ben je nu (of wat werk je dit schooljaar af)?')).toHaveValue('elektromechanische-technieken-2de-graad');
  await expect(page.getByRole('radio', { name: '4de jaar' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /B-attest/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Doorstroomfinaliteit' })).toBeChecked();
  // An edit in the Routes step is kept when the counsellor comes back.
  await page.getByRole('radio', { name: /A-attest/ }).check();
  await page.getByRole('button', { name: '1. Vragenlijst' }).click();
  await page.getByRole('button', { name: '2. Routes' }).click();
  await expect(page.getByRole('radio', { name: /A-attest/ })).toBeChecked();

  // A study saved in the Keuzes step (here: from the study's own list) is the school search's study.
  await page.getByRole('button', { name: '1. Vragenlijst' }).click();
  for (let i = 0; i < 20 && (await page.getByRole('button', { name: /^(Volgende|Toon mijn voorstellen)$/ }).count()) > 0; i++) {
    await page.getByRole('button', { name: /^(Volgende|Toon mijn voorstellen)$/ }).click();
  }
  const save = page.getByRole('button', { name: /^Bewaar in mijn keuzes/ }).first();
  const saved = ((await save.getAttribute('aria-label')) ?? (await save.textContent()) ?? '').replace(/^.*?: /, '').trim();
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '3. Scholen' }).click();
  const field = page.getByLabel('Richting (niet verplicht)');
  await expect(field).toHaveValue(new RegExp(`^${saved.replace(/[()]/g, '\\$&')}`));
  await expect(page.getByRole('group', { name: 'Zoek scholen voor een bewaarde studie:' }).getByRole('button', { pressed: true })).toHaveCount(1);
  await expect(page.locator('.finder-summary')).toContainText('met aanbod');

  await page.getByRole('button', { name: '5. Afsluiten' }).click();
  await page.getByRole('button', { name: 'Sessie afsluiten zonder afdrukken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Alles wissen zonder af te drukken?' });
  await expect(dialog).toBeVisible();
  // The safe action has the focus: Enter keeps the session.
  await expect(dialog.getByRole('button', { name: 'Nee, terug naar de sessie' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '4. Keuzes' }).click();
  await expect(page.locator('.choice-list').first()).toContainText(saved.split(' (')[0]!);
  await page.getByRole('button', { name: '5. Afsluiten' }).click();
  await page.getByRole('button', { name: 'Sessie afsluiten zonder afdrukken' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: '5. Afsluiten' })).toBeVisible();
  await page.getByRole('button', { name: 'Sessie afsluiten zonder afdrukken' }).click();
  await dialog.getByRole('button', { name: 'Ja, wis alles' }).click();
  await expect(page.getByRole('heading', { name: 'De sessie is gewist' })).toBeVisible();
});

test('CLB workers find the session from every page through the footer', async ({ page }) => {
  await page.goto('/studies/latijn-2de-graad/');
  await page.getByRole('navigation', { name: 'Voor ouders en CLB' }).getByRole('link', { name: 'Voor CLB-medewerkers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Voor CLB-medewerkers');
  await expect(page.getByRole('heading', { name: 'Wat er met de gegevens gebeurt' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Afdrukken en afsluiten' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Start een sessie' }).click();
  await expect(page).toHaveURL(/\/sessie\/$/);
  await expect(page.getByRole('button', { name: 'Start een nieuwe sessie' })).toBeVisible();
});

test('a study the finder does not know: a visible, announced message with choices, and no unfiltered schools', async ({ page }) => {
  await page.goto('/scholen/zoeken/?plaats=9000');
  await expect(page.locator('.finder-results > li').first()).toBeVisible({ timeout: 30_000 });
  const field = page.getByLabel('Richting (niet verplicht)');
  for (const [text, meant] of [['Elektromechanica', /^Elektromechanische technieken/], ['Latijn 2de graad', /^Latijn \(2de graad/]] as const) {
    await field.fill(text);
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: `Geen richting gevonden met de naam "${text}".` });
    await expect(alert).toBeInViewport();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.finder-results > li')).toHaveCount(0);
    await expect(page.locator('.finder-summary')).toHaveCount(0);
    await expect(alert.getByRole('button', { name: meant }).first()).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await page.getByRole('alert').getByRole('button', { name: /^Latijn \(2de graad/ }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(field).toHaveValue(/^Latijn \(2de graad/);
  await expect(page.locator('.finder-summary')).toContainText('met aanbod: Latijn');
  await expect(page.locator('.finder-results > li').first()).toContainText('Biedt aan: Latijn');
});
