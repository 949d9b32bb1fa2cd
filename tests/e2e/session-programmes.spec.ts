import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, tabTo, watchPage } from './helpers.ts';

async function press(page: Page, name: string) {
  await tabTo(page, page.getByRole('button', { name, exact: true }).first(), 60);
  await page.keyboard.press('Enter');
}

/** The routes step's start, by keyboard: Economie-Wiskunde, then its 6de jaar (no year is chosen for you). */
async function chooseEconomieWiskunde6(page: Page) {
  const start = page.getByLabel('Waar ben je nu (of wat werk je dit schooljaar af)?');
  await tabTo(page, start);
  await page.keyboard.type('Economie-Wiskunde');
  await expect(start).toHaveValue('economie-wiskunde-3de-graad');
  await page.getByRole('radio', { name: /^6de jaar/ }).check();
}

test('in the CLB session, the routes step reaches a programme of higher education from a 6de-jaar richting, by keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  const watch = watchPage(page);
  await page.goto('/sessie/');
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await press(page, 'Start een nieuwe sessie');
  await press(page, '2. Routes');
  await expect(page.getByRole('heading', { name: '2. Routes' })).toBeFocused();

  await chooseEconomieWiskunde6(page);

  // The programmes are goals here too, as in /routes/.
  const goal = page.getByLabel('Waar wil je naartoe? (mag je leeg laten)');
  await expect(goal.locator('option[value="bachelor-handelsingenieur"]')).toHaveCount(1);
  await tabTo(page, goal);
  await page.keyboard.type('Bachelor handelsingenieur');
  await expect(goal).toHaveValue('bachelor-handelsingenieur');
  await expect(page.getByRole('heading', { name: 'Hoe geraak je bij Bachelor handelsingenieur?' })).toBeVisible();
  const firstRoute = page.locator('.routes > li').first();
  const programme = firstRoute.locator('.route-chain > li').last().getByRole('link', { name: 'Bachelor handelsingenieur' });
  await expect(programme).toHaveAttribute('href', '/hoger-onderwijs/bachelor-handelsingenieur/');

  // The session keeps nothing in the address bar.
  expect(new URL(page.url()).hash).toBe('');
  await expectNoAxeViolations(page);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('the session reads the programmes only when the routes step opens; without them the step says so and still works', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/route-programmes.json')) asked.push(request.url());
  });
  await page.route('**/data/route-programmes.json', (route) => route.abort());
  await page.goto('/sessie/');
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await press(page, 'Start een nieuwe sessie');
  await expect(page.getByRole('heading', { name: '1. Vragenlijst' })).toBeVisible();
  expect(asked).toEqual([]);

  await press(page, '2. Routes');
  await expect(page.getByRole('status').filter({ hasText: 'konden niet geladen worden' })).toBeVisible();
  expect(asked.length).toBeGreaterThan(0);
  await chooseEconomieWiskunde6(page);
  const goal = page.getByLabel('Waar wil je naartoe? (mag je leeg laten)');
  await expect(goal.locator('option[value="bachelor-handelsingenieur"]')).toHaveCount(0);
  await expect(goal.locator('option[value="professionele-bachelor"]')).toHaveCount(1);
});
