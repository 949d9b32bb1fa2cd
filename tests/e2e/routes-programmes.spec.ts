import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, horizontalOverflow, tabTo, watchPage } from './helpers.ts';

test('from a programme page to the route explorer with that programme as goal, by keyboard', async ({ page }) => {
  // axe on the explorer with routes shown, on a shared two-core machine.
  test.setTimeout(90_000);
  const watch = watchPage(page);
  await page.goto('/hoger-onderwijs/bachelor-in-de-geneeskunde/');
  // Without JavaScript the page already says after which years you can start, from the route rules.
  const entry = page.getByRole('region', { name: 'Na welk jaar van het secundair kan je starten?' });
  const arbeidsmarkt = entry.getByRole('listitem').filter({ hasText: 'Na het 6de jaar van een richting met arbeidsmarktfinaliteit' });
  await expect(arbeidsmarkt).toContainText('Kan niet');
  await expect(arbeidsmarkt).toContainText('7de jaar dat voorbereidt op het hoger onderwijs');
  await expect(entry.getByRole('listitem').filter({ hasText: 'Na het voorbereidend 7de jaar' })).toContainText('toelatingsexamen arts');

  const link = page.getByRole('link', { name: 'Hoe geraak ik hier?' });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/routes\/#van=.*doel=bachelor-in-de-geneeskunde/);
  const goal = page.getByLabel('Waar wil je naartoe? (mag je leeg laten)');
  await expect(goal).toHaveValue('bachelor-in-de-geneeskunde');
  await expect(page.getByRole('heading', { name: 'Hoe geraak je bij Bachelor in de geneeskunde?' })).toBeVisible();

  // A pupil in the 6de jaar of a richting with arbeidsmarktfinaliteit: the route goes through the voorbereidend 7de jaar.
  const start = page.getByLabel('Waar ben je nu (of wat werk je dit schooljaar af)?');
  await tabTo(page, start);
  await page.keyboard.type('Haarverzorging');
  await expect(start).toHaveValue('haarverzorging-3de-graad');
  // The year is never pre-selected: the pupil chooses the 6de jaar.
  await page.getByRole('radio', { name: /^6de jaar/ }).check();
  const firstRoute = page.locator('.routes > li').first();
  await expect(firstRoute).toContainText('Route 1: 2 jaar');
  const steps = firstRoute.locator('.route-chain > li');
  await expect(steps).toHaveCount(2);
  await expect(steps.first()).toContainText('Voorbereidend jaar op hoger onderwijs');
  const programme = steps.last().getByRole('link', { name: 'Bachelor in de geneeskunde' });
  await expect(programme).toHaveAttribute('href', '/hoger-onderwijs/bachelor-in-de-geneeskunde/');
  await expect(steps.last()).toContainText('Kan, met voorwaarde');
  await expect(steps.last()).toContainText('toelatingsexamen arts');
  await expect(page).toHaveURL(/van=haarverzorging-3de-graad%406.*doel=bachelor-in-de-geneeskunde/);

  await expectNoAxeViolations(page);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('a programme page and the explorer with a programme as goal fit a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/hoger-onderwijs/bachelor-in-de-geneeskunde/');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.goto('/routes/#van=haarverzorging-3de-graad%406&doel=bachelor-in-de-geneeskunde');
  // The first search right after load builds the search caches: give a busy test machine time.
  await expect(page.locator('.routes > li').first()).toContainText('Route 1: 2 jaar', { timeout: 20_000 });
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
});
