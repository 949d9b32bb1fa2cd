import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, tabTo, watchPage } from './helpers.ts';

/** The finder has loaded its data once the form is there. */
async function openFinder(page: Page, query = '') {
  await page.goto(`/scholen/zoeken/${query}`);
  // Every school of Flanders: on a busy machine the data can take longer than the default 5 s.
  await expect(page.getByRole('search', { name: 'Scholen zoeken' })).toBeVisible({ timeout: 20_000 });
}

const kms = async (page: Page) =>
  (await page.locator('.finder-results li .meta strong').allTextContents()).map((t) => Number(t.replace(' km', '').replace(',', '.')));

test('keyboard only: postcode and study give a sorted list, a net filter, three schools compared, the same view after reload', async ({ page }) => {
  test.setTimeout(90_000); // every school of Flanders, axe twice and a reload
  const watch = watchPage(page);
  await openFinder(page);
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByLabel('Postcode of gemeente'));
  await page.keyboard.type('9000');
  await tabTo(page, page.getByLabel('Richting (niet verplicht)'));
  await page.keyboard.type('Latijn (2de graad, doorstroomfinaliteit)');
  await page.keyboard.press('Enter');

  const summary = page.locator('.finder-summary');
  await expect(summary).toContainText('gesorteerd op afstand van 9000 Gent met aanbod: Latijn (2de graad, doorstroomfinaliteit)');
  const items = page.locator('.finder-results > li');
  // The count in the summary: the list itself shows 25 at a time.
  const total = async () => Number((await summary.textContent())!.match(/^(\d+) scholen/)![1]);
  const all = await items.count();
  const allTotal = await total();
  expect(all).toBeGreaterThan(5);
  const distances = await kms(page);
  expect(distances).toHaveLength(all);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  for (const text of await items.allTextContents()) expect(text).toContain('Latijn (2de graad, doorstroomfinaliteit)');
  await expect(page).toHaveURL(/\?plaats=9000&studie=latijn-2de-graad$/);

  const vrij = page.getByRole('checkbox', { name: 'Vrij gesubsidieerd onderwijs' });
  await tabTo(page, vrij);
  await page.keyboard.press('Space');
  await expect(summary).toContainText('Onderwijsnet: vrij gesubsidieerd');
  const filtered = await items.count();
  expect(await total()).toBeLessThan(allTotal);
  expect(filtered).toBeGreaterThanOrEqual(3);
  for (const text of await items.allTextContents()) expect(text).toContain('Vrij gesubsidieerd onderwijs');
  await expect(page).toHaveURL(/net=vgo/);

  const names = (await items.locator('h3').allTextContents()).slice(0, 3);
  for (const name of names) {
    const box = page.getByRole('checkbox', { name: `Vergelijk ${name}` }).first();
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  // With every school the list holds 25 entries of four controls each: the way round to the bar above it is longer.
  await tabTo(page, page.getByRole('button', { name: 'Vergelijk', exact: true }), 200);
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Vergelijking van 3 scholen' });
  await expect(heading).toBeFocused();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(names);
  const latijnRow = table.getByRole('row', { name: /^Latijn \(2de graad, doorstroomfinaliteit\)/ });
  await expect(latijnRow.getByRole('cell')).toHaveText(['Ja', 'Ja', 'Ja']);
  await expect(table.getByRole('rowheader', { name: 'Afstand vanaf 9000 Gent' })).toBeVisible();
  await expectNoAxeViolations(page);

  const url = page.url();
  expect(url).toMatch(/vergelijk=1/);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Vergelijking van 3 scholen' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveText(names);
  await expect(page.locator('.finder-summary')).toHaveText(await summary.textContent() ?? '');
  await expect(page.getByLabel('Postcode of gemeente')).toHaveValue('9000');
  await expect(page.getByLabel('Richting (niet verplicht)')).toHaveValue('Latijn (2de graad, doorstroomfinaliteit)');
  await expect(page.getByRole('checkbox', { name: 'Vrij gesubsidieerd onderwijs' })).toBeChecked();
  expect(page.url()).toBe(url);

  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('the data loads with the finder, not with the page, and the comparison prints on its own', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await openFinder(page, '?plaats=2000&kies=het-gymnasion-29306-1&kies=sint-lievenscollege-109959-1&vergelijk=1');
  expect(requested).toEqual(expect.arrayContaining(['/data/scholen-compact.json', '/data/postcodes.json']));
  const html = await (await page.request.get('/scholen/zoeken/')).text();
  expect(html).not.toContain('Gloriantlaan');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.locator('.finder-form')).toBeHidden();
  await expect(page.locator('.finder-results')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
});

test('the suggestions of a field are drawn when it is first used, and picking one applies it', async ({ page }) => {
  await openFinder(page);
  const place = page.getByLabel('Postcode of gemeente');
  const placeOptions = page.locator(`datalist#${await place.getAttribute('list')} option`);
  await expect(placeOptions).toHaveCount(0);
  await place.focus();
  expect(await placeOptions.count()).toBeGreaterThan(500);
  const gent = await placeOptions.and(page.locator('[value^="9000"]')).first().getAttribute('value');
  await place.fill(gent!);
  await expect(page.locator('.finder-summary')).toContainText('gesorteerd op afstand van 9000 Gent');
});

test('a broken link says what it dropped, keeps the rest, and the finder still works', async ({ page }) => {
  const watch = watchPage(page);
  await openFinder(page, '?plaats=nergensdorp&studie=bestaat-niet&net=go&km=7&kies=geen-school');
  const alert = page.getByRole('alert').filter({ hasText: 'Niet alles uit de link' });
  await expect(alert).toContainText('De studie "bestaat-niet" kennen we niet');
  await expect(alert).toContainText('De afstand "7" kennen we niet');
  await expect(page.getByText('"nergensdorp" vinden we niet als postcode of gemeente')).toBeVisible();
  // No list while the place is unknown: no school may look near or far when it is not.
  await expect(page.getByText('We tonen nog geen scholen: kies hierboven een postcode')).toBeVisible();
  await expect(page.locator('.finder-results > li')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'GO! (gemeenschapsonderwijs)' })).toBeChecked();

  const place = page.getByLabel('Postcode of gemeente');
  await place.fill('Antwerpn');
  await place.press('Enter');
  await page.getByRole('button', { name: '2000 Antwerpen' }).click();
  await expect(page.locator('.finder-summary')).toContainText('gesorteerd op afstand van 2000 Antwerpen');
  await expect(page.locator('.finder-results > li').first()).toContainText('GO!');
  expect(watch.consoleErrors).toEqual([]);
});

test('when the data cannot be loaded, the finder says so and can try again', async ({ page }) => {
  await page.route('**/data/scholen-compact.json', (route) => route.abort());
  await page.goto('/scholen/zoeken/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('De scholenlijst kon niet geladen worden');
  await page.unroute('**/data/scholen-compact.json');
  await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
  // Every school of Flanders: on a busy machine the data can take longer than the default 5 s.
  await expect(page.getByRole('search', { name: 'Scholen zoeken' })).toBeVisible({ timeout: 20_000 });
});

test('a long list comes in parts, numbered like the map, and a school chosen to compare stays in view', async ({ page }) => {
  await openFinder(page, '?plaats=9000');
  const items = page.locator('.finder-results > li');
  const numbers = page.locator('.finder-map text.dot-number');
  await expect(items).toHaveCount(10);
  const total = Number((await page.locator('.finder-summary').textContent())!.match(/^(\d+) scholen/)![1]);
  expect(total).toBeGreaterThan(50);
  // The map numbers the schools the list shows (dots in a cluster have no number of their own).
  const numbered = async () => (await numbers.allTextContents()).map(Number);
  expect(Math.max(...(await numbered()))).toBeLessThanOrEqual(10);
  await page.getByRole('button', { name: `Toon nog 10 van de ${total - 10} andere scholen` }).click();
  await expect(items).toHaveCount(20);
  await expect.poll(async () => Math.max(...(await numbered()))).toBeGreaterThan(10);
  expect(Math.max(...(await numbered()))).toBeLessThanOrEqual(20);
  // A new search starts at the top again.
  await page.getByLabel('Afstand').selectOption('50');
  await expect(page.locator('.finder-summary')).toContainText('binnen 50 km');
  await expect(items).toHaveCount(10);
  await page.getByRole('button', { name: /^Toon nog 10 van de/ }).click();
  await expect(items).toHaveCount(20);
  const last = items.nth(19);
  const name = (await last.locator('h3').textContent())!;
  // Ticking a school is not a new search: the list keeps its length.
  await last.getByRole('checkbox', { name: /^Vergelijk/ }).check();
  await expect(items).toHaveCount(20);
  await expect(page).toHaveURL(/kies=/); // the address follows the page shortly after the last change
  await page.reload();
  await expect(page.getByRole('checkbox', { name: `Vergelijk ${name}` }).first()).toBeChecked();
});
