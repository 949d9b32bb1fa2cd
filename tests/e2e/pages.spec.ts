import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

test('a matrix cell leads to its studies', async ({ page }) => {
  await page.goto('/matrix/graad-3/');
  const cell = page.locator('#cell-dubbele-finaliteit-stem');
  await expect(cell).toContainText('richtingen');
  const link = cell.getByRole('link', { name: 'Elektromechanische technieken' });
  await link.click();
  await expect(page).toHaveURL(/\/studies\/elektromechanische-technieken-3de-graad\/$/);
  await expect(page.getByText('Dubbele finaliteit').first()).toBeVisible();
});

test('a detail page shows both directions of the route', async ({ page }) => {
  await page.goto('/studies/latijn-2de-graad/');
  const next = page.getByRole('region', { name: 'Waar kan je naartoe?' });
  await expect(next.getByRole('link', { name: 'Latijn-wiskunde' })).toBeVisible();
  await next.getByRole('link', { name: 'Latijn-wiskunde' }).click();
  const previous = page.getByRole('region', { name: 'Hoe kom je hier?' });
  await expect(previous.getByRole('link', { name: 'Latijn', exact: true })).toBeVisible();
});

// The static state of every other page (axe, console errors, third-party requests, one h1) is the audit's
// (scripts/audit.ts crawls them all in Chromium as part of `npm test`). Here only states the audit does not open:
// a search with a query, an unknown path (HTTP 404) and two school pages, whose template the audit samples.
const templates = [
  ['school', '/scholen/avant-provinciaal-onderwijs-112797-2/'],
  ['school: campus whose offer is at the main address', '/scholen/atheneum-brugge-42119-2/'],
  ['search', '/zoeken/?q=latijn'],
  ['not found', '/bestaat-niet/'],
] as const;

for (const [name, path] of templates) {
  test(`${name}: axe reports no violations, no errors, no third-party requests`, async ({ page }) => {
    const watch = watchPage(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(name === 'not found' ? 404 : 200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expectNoAxeViolations(page);
    expect(watch.consoleErrors.filter((e) => !(name === 'not found' && e.includes('404')))).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
}

test('the open data lists every study with the documented fields', async ({ request }) => {
  const response = await request.get('/data/studies.json');
  expect(response.ok()).toBe(true);
  const data = (await response.json()) as Record<string, unknown>[];
  expect(data.length).toBeGreaterThan(350);
  const latijn = data.find((s) => s.id === 'latijn-2de-graad')!;
  expect(latijn).toMatchObject({ code: '1301', name: 'Latijn', graad: 2, finaliteit: 'doorstroom', domein: 'domeinoverschrijdend', onderwijsvorm: 'aso', duaal: false, stroom: null });
  expect(Object.keys(latijn).sort()).toEqual(['checked', 'code', 'domein', 'duaal', 'finaliteit', 'graad', 'id', 'name', 'next', 'onderwijsvorm', 'source', 'stroom', 'url'].sort());
  const toerisme = data.find((s) => s.id === 'toerisme-3de-graad')!;
  expect(toerisme.domein).toEqual(['economie-en-organisatie', 'taal-en-cultuur', 'voeding-en-horeca']);
});

test('glossary terms in a study text link to their explanation on the same page', async ({ page }) => {
  await page.goto('/studies/eerste-leerjaar-b/');
  const terms = page.locator('a.term');
  expect(await terms.count()).toBeGreaterThan(0);
  for (const href of await terms.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^#begrip-/);
    await expect(page.locator(href!)).toHaveCount(1);
  }
  await terms.first().click();
  await expect(page.locator(`${await terms.first().getAttribute('href')} + dd`)).toBeVisible();
});

test('a campus without offer of its own says the data lists it elsewhere, offers no study and links to the school\'s offer', async ({ page }) => {
  await page.goto('/scholen/atheneum-brugge-42119-2/');
  const note = page.getByRole('note').filter({ hasText: 'geen aanbod' });
  await expect(note).toContainText('De officiële gegevens vermelden op dit adres geen aanbod');
  await expect(page.getByRole('region', { name: /graad/ })).toHaveCount(0);
  await note.getByRole('link', { name: /Aanbod van Atheneum Brugge/ }).first().click();
  await expect(page.locator('.facts')).toContainText('hoofdadres van de school');
  await expect(page.getByRole('region', { name: '2de graad' })).toBeVisible();
});

test('the school index leads per province to every municipality', async ({ page }) => {
  await page.goto('/scholen/');
  await page.getByRole('link', { name: 'Hasselt (', exact: false }).click();
  await expect(page).toHaveURL(/\/scholen\/provincie\/limburg\/#gemeente-hasselt$/);
  await expect(page.getByRole('region', { name: 'Hasselt' }).getByRole('link').first()).toBeVisible();
});

test('a study page counts the schools that offer it, with the coverage notice, and opens the finder with that study', async ({ page }) => {
  await page.goto('/studies/gezondheidszorg-3de-graad/');
  const schools = page.getByRole('region', { name: 'Scholen' });
  await expect(schools).toContainText('schooljaar 2026–2027');
  await expect(schools).toContainText(/Gezondheidszorg wordt aangeboden door \d+ scholen/);
  await schools.getByRole('link', { name: 'Zoek scholen met Gezondheidszorg dicht bij jou' }).click();
  await expect(page).toHaveURL(/\/scholen\/zoeken\/\?studie=gezondheidszorg-3de-graad$/);
  const place = page.getByLabel('Postcode of gemeente');
  await place.fill('2018');
  await place.press('Enter');
  // The list shows the new search once the answer is no longer busy (its rows are refilled in place).
  await expect(page.locator('.finder-summary')).toContainText('van 2018 ');
  await expect(page.locator('.finder-answer')).toHaveAttribute('aria-busy', 'false');
  await page.locator('.finder-results').getByRole('link', { name: 'avAnt Provinciaal Onderwijs' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('avAnt Provinciaal Onderwijs');
  await expect(page.getByRole('link', { name: /Gezondheidszorg \(3de graad/ })).toBeVisible();
  await expect(page.locator('.facts').getByText('Jacob Jordaensstraat 21, 2018 Antwerpen')).toBeVisible();
});
