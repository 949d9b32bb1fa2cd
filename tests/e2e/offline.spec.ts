import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

test('after one visit, the home page, a study page never opened and the questionnaire work without a network', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  // The worker is in control once it has stored the site.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 90_000 });
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('richtingwijzer-'))!);
    return (await cache.keys()).length;
  });
  expect(cached).toBeGreaterThan(400);

  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/studies/elektromechanische-technieken-3de-graad/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Elektromechanische technieken');

  await page.goto('/vragenlijst/');
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  const stage = page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?');
  await stage.selectOption('latijn-2de-graad');
  await expect(stage).toHaveValue('latijn-2de-graad');

  // A page that is not in the offline copy gets the offline page, not a browser error.
  await page.goto('/bestaat-niet/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen verbinding');
  await context.setOffline(false);
});
