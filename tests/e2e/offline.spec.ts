import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'allow' });

test('after one visit the shell, the islands and the school data work without a network; so does every page the pupil opened', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  // The worker is in control once it has stored the shell.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 90_000 });
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('richtingwijzer-') && k !== 'richtingwijzer-visited')!);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  // The shell and the finder's data, not the thousands of study and school pages.
  expect(cached).toEqual(expect.arrayContaining(['/', '/vragenlijst/', '/scholen/zoeken/', '/data/scholen-compact.json', '/data/postcodes.json', '/offline/']));
  expect(cached.filter((path) => path.startsWith('/studies/') || /^\/scholen\/[^/]+-\d+-\d+\/$/.test(path))).toEqual([]);

  // A page the pupil opens online is kept.
  await page.goto('/studies/elektromechanische-technieken-3de-graad/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Elektromechanische technieken');

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

  // The finder searches every school offline.
  await page.goto('/scholen/zoeken/?plaats=3500&studie=latijn-2de-graad');
  await expect(page.locator('.finder-summary')).toContainText('gesorteerd op afstand van 3500', { timeout: 20_000 });

  // A page never opened gets the offline page, not a browser error.
  await page.goto('/studies/latijn-2de-graad/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen verbinding');
  await page.goto('/bestaat-niet/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen verbinding');
  await context.setOffline(false);
});
