import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, tabTo, watchPage } from './helpers.ts';

/** The island has hydrated once it has written its state into the fragment. */
async function openExplorer(page: Page, fragment = '') {
  await page.goto(`/routes/${fragment}`);
  await expect(page).toHaveURL(/#van=/);
}

test('keyboard only: 2A with a B-attest excluding doorstroom marks Latijn as not allowed and explains why', async ({ page }) => {
  const watch = watchPage(page);
  await openExplorer(page);
  await expectNoAxeViolations(page);

  const start = page.getByLabel('Waar ben je nu (of wat werk je dit schooljaar af)?');
  await tabTo(page, start);
  await page.keyboard.type('2de leerjaar A');
  await expect(start).toHaveValue('tweede-leerjaar-a');

  const attestA = page.getByRole('radio', { name: /A-attest/ });
  await tabTo(page, attestA);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /B-attest/ })).toBeChecked();

  const doorstroom = page.getByRole('checkbox', { name: 'Doorstroomfinaliteit' });
  await tabTo(page, doorstroom);
  await page.keyboard.press('Space');
  await expect(doorstroom).toBeChecked();

  const latijn = page.locator('li[data-id="latijn-2de-graad"]');
  await expect(latijn).toHaveAttribute('data-status', 'uitgesloten');
  await expect(latijn).toContainText('Kan niet');
  await expect(latijn).toContainText('Je attest sluit de doorstroomfinaliteit uit');
  await expect(latijn).toContainText('als je het jaar overdoet. Dat kan alleen als de klassenraad akkoord gaat');
  await expect(page.locator('li[data-id="elektriciteit-2de-graad"]')).toHaveAttribute('data-status', 'open');
  await expect(page.getByRole('status').first()).toContainText('Met je attest mag je niet naar de doorstroomfinaliteit');
  await expect(page).toHaveURL(/attest=B/);
  await expect(page).toHaveURL(/uit=f%3Adoorstroom/);

  await expectNoAxeViolations(page);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('a richting excluded by name, and routes to a goal chosen by keyboard', async ({ page }) => {
  await openExplorer(page, '#van=latijn-2de-graad@4&attest=B');
  const richting = page.getByLabel('Een bepaalde richting');
  await tabTo(page, richting);
  await page.keyboard.type('Latijn-Wiskunde');
  await tabTo(page, page.getByRole('button', { name: 'Voeg toe' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Uitgesloten richtingen' })).toContainText('Latijn-Wiskunde');
  await expect(page.locator('li[data-id="latijn-wiskunde-3de-graad"]')).toHaveAttribute('data-status', 'uitgesloten');
  await expect(page.locator('li[data-id="latijn-wiskunde-3de-graad"]')).toContainText('Je attest sluit Latijn-Wiskunde uit');

  const goal = page.getByLabel('Waar wil je naartoe? (mag je leeg laten)');
  await tabTo(page, goal);
  await page.keyboard.type('Academische bachelor');
  await expect(goal).toHaveValue('academische-bachelor');
  const firstRoute = page.locator('.routes > li').first();
  await expect(firstRoute).toContainText('Route 1: 3 jaar');
  await expect(firstRoute.locator('.route-chain > li')).toHaveCount(3);
  await expect(page.locator('.routes')).not.toContainText('Latijn-Wiskunde');
  await expectNoAxeViolations(page);
});

test('a broken link says so and the explorer still works', async ({ page }) => {
  const watch = watchPage(page);
  await openExplorer(page, '#van=bestaat-niet@9&attest=Z&uit=x:y');
  await expect(page.getByRole('alert')).toContainText('Een deel van de link klopte niet');
  await expect(page.getByLabel('Waar ben je nu (of wat werk je dit schooljaar af)?')).toHaveValue('bao-ja');
  await expect(page.locator('li[data-id="eerste-leerjaar-a"]')).toHaveAttribute('data-status', 'open');
  expect(watch.consoleErrors).toEqual([]);
});

test('study pages show "Hoe kom je hier?" and "Waar kan je naartoe?" from the rules, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/studies/haarverzorging-3de-graad/');
  const onward = page.locator('section', { has: page.getByRole('heading', { name: 'Waar kan je naartoe?' }) });
  await expect(onward.locator('li', { hasText: 'Professionele bachelor' })).toContainText('Kan niet');
  await expect(onward.locator('li', { hasText: 'Professionele bachelor' })).toContainText('voorbereidt op het hoger onderwijs');
  await expect(onward.locator('li', { hasText: 'Voorbereidend jaar op hoger onderwijs' })).toContainText('Kan');
  const incoming = page.locator('section', { has: page.getByRole('heading', { name: 'Hoe kom je hier?' }) });
  await expect(incoming).toContainText('Haar- en schoonheidsverzorging');
  await page.getByRole('link', { name: /routeverkenner/ }).click();
  await expect(page).toHaveURL(/\/routes\/#van=haarverzorging-3de-graad$/);
  await expect(page.locator('noscript')).toHaveCount(1);
  await context.close();
});

test('from 1B the routes stay in the B-stroom: each basisoptie step says 2A or 2B, and no route to a doorstroom richting is "Kan"', async ({ page }) => {
  const watch = watchPage(page);
  await openExplorer(page, '#van=eerste-leerjaar-b@1&doel=humane-wetenschappen-2de-graad');
  const routes = page.locator('section.explorer-goal ol.routes > li');
  await expect(routes.first()).toBeVisible();
  const count = await routes.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) await expect(routes.nth(i).locator('h3')).not.toContainText('✓');
  // A basisoptie after 1B names its stroom; through 2A it needs the klassenraad.
  await expect(routes.first()).toContainText(/2de leerjaar [AB]/);
  await expect(routes.first().locator('h3')).toContainText('Kan, met voorwaarde');
  // The same basisoptie in both strooms are two steps in the list for next year.
  const mw = page.locator('li[data-id="basisoptie-maatschappij-en-welzijn"]');
  await expect(mw).toHaveCount(2);
  await expect(mw.filter({ hasText: '2de leerjaar B' })).toHaveAttribute('data-status', 'open');
  await expect(mw.filter({ hasText: '2de leerjaar A' })).toHaveAttribute('data-status', 'voorwaarde');
  expect(watch.consoleErrors).toEqual([]);
});

test('BuSO OV3: going on in OV3 is a step, and Werken carries the leerplicht', async ({ page }) => {
  await openExplorer(page, '#van=buso-opleidingsvorm-3@0');
  await expect(page.locator('li[data-id="buso-opleidingsvorm-3"]')).toHaveAttribute('data-status', 'open');
  const werken = page.locator('li[data-id="werken"]');
  await expect(werken).toHaveAttribute('data-status', 'voorwaarde');
  await expect(werken).toContainText('leerplichtig tot je 18');
});
