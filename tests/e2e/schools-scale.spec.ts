/**
 * The finder with every school of Flanders and Brussels: a place in each province and Brussels, a campus whose school
 * lists its offer elsewhere, keyboard only, axe, no requests to other sites, and "Gebruik mijn locatie" only on
 * request and never in the URL, storage or share link.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { decodeShare } from '../../src/lib/choices/share-link.ts';
import type { PackedFinderData } from '../../src/lib/schools/finder-pack.ts';
import { roundedKm } from '../../src/lib/schools/distance.ts';
import type { PostcodeRow } from '../../src/lib/schools/finder-data.ts';
import { DISTANCES } from '../../src/lib/schools/finder-query.ts';
import { provinceOf } from '../../src/lib/schools/province.ts';
import { expectNoAxeViolations, tabTo, watchPage } from './helpers.ts';

async function openFinder(page: Page, query = '') {
  await page.goto(`/scholen/zoeken/${query}`);
  // Every school of Flanders: on a busy machine the data can take longer than the default 5 s.
  await expect(page.getByRole('search', { name: 'Scholen zoeken' })).toBeVisible({ timeout: 20_000 });
}

const items = (page: Page) => page.locator('.finder-results > li');
const kms = async (page: Page) =>
  (await page.locator('.finder-results li .meta strong').allTextContents()).map((t) => Number(t.replace(' km', '').replace(',', '.')));
const postcodes = async (page: Page) =>
  (await page.locator('.finder-results li .meta').allTextContents()).map((t) => /, (\d{4}) /.exec(t)?.[1] ?? '');

/** Counts calls to the geolocation API, so a test can prove it is only asked after the button. */
async function countGeolocation(context: BrowserContext) {
  await context.addInitScript(() => {
    const geo = navigator.geolocation;
    const calls = { n: 0 };
    (window as unknown as { geoCalls: typeof calls }).geoCalls = calls;
    const original = geo.getCurrentPosition.bind(geo);
    geo.getCurrentPosition = (...args: Parameters<Geolocation['getCurrentPosition']>) => {
      calls.n += 1;
      original(...args);
    };
    geo.watchPosition = () => {
      calls.n += 1000;
      return 0;
    };
  });
}
/** Opens every part of a long list ("Toon nog …"). */
async function showAll(page: Page) {
  const more = page.getByRole('button', { name: /^Toon nog \d+ van de/ });
  while (await more.isVisible()) await more.click();
}

// axe over a finder with a long list takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

const geoCalls = (page: Page) => page.evaluate(() => (window as unknown as { geoCalls: { n: number } }).geoCalls.n);

const PLACES = [
  ['2000', 'Antwerpen'],
  ['9000', 'Oost-Vlaanderen'],
  ['8000', 'West-Vlaanderen'],
  ['3500', 'Limburg'],
  ['3000', 'Vlaams-Brabant'],
  ['1000', 'Brussel'],
] as const;

test('a postcode in each province and in Brussels gives that place\'s schools, nearest first (keyboard only)', async ({ page }) => {
  const watch = watchPage(page);
  await openFinder(page);
  const place = page.getByLabel('Postcode of gemeente');
  for (const [postcode, province] of PLACES) {
    await tabTo(page, place);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(postcode);
    await page.keyboard.press('Enter');
    await expect(page.locator('.finder-summary')).toContainText(`gesorteerd op afstand van ${postcode} `);
    await expect(items(page)).toHaveCount(10);
    const distances = await kms(page);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // The nearest schools lie in the same province, a few km away.
    expect(distances[0]).toBeLessThan(5);
    expect((await postcodes(page)).slice(0, 5).map(provinceOf)).toEqual(Array(5).fill(province));
  }
  await expect(page.locator('.finder-map svg')).toBeVisible();
  await expectNoAxeViolations(page);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test('the map names the school or cluster under the pointer, with the numbers of the list', async ({ page }) => {
  await openFinder(page, '?plaats=9000');
  await expect(items(page).first()).toBeVisible();
  const pointer = page.locator('.finder-map .map-pointer');
  // The dot numbered 1 on the map is the first school of the list.
  const one = page.locator('.finder-map text.dot-number', { hasText: /^1$/ });
  await page.locator('.finder-map').scrollIntoViewIfNeeded();
  const box = (await one.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(pointer).toHaveAttribute('title', `1. ${(await items(page).first().locator('h3').textContent())!.trim()}`);
  // A cluster names its schools; a place on the map without a mark names nothing.
  const cluster = (await page.locator('.finder-map text.cluster-count').first().boundingBox())!;
  await page.mouse.move(cluster.x + cluster.width / 2, cluster.y + cluster.height / 2);
  await expect(pointer).toHaveAttribute('title', /^\d+ scholen dicht bij elkaar: \d+\. /);
  const frame = (await pointer.boundingBox())!;
  await page.mouse.move(frame.x + 3, frame.y + frame.height - 3);
  await expect(pointer).toHaveAttribute('title', '');
  // The map itself is one picture with a label; the marks are not read out one by one.
  await expect(page.getByRole('img', { name: /^Kaart: \d+ scholen rond 9000 Gent/ })).toBeVisible();
});

test('a school of the postcode itself is listed past the distance limit, last and said apart', async ({ page }) => {
  // From the data the page loads: a school farther than the smallest distance choice from its own postcode's point.
  const packed = (await (await page.request.get('/data/scholen-compact.json')).json()) as PackedFinderData;
  const rows = (await (await page.request.get('/data/postcodes.json')).json()) as PostcodeRow[];
  const points = new Map(rows.map(([postcode, , , lat, lon]) => [postcode, { lat, lon }]));
  const c = packed.schools;
  const limit = DISTANCES[0]!;
  const far = c.id.findIndex((_, i) => c.lat[i] !== null && points.has(c.postcode[i]!) && roundedKm(points.get(c.postcode[i]!)!, { lat: c.lat[i]!, lon: c.lon[i]! }) > limit);
  expect(far, `a school farther than ${limit} km from its own postcode's point`).toBeGreaterThanOrEqual(0);
  const postcode = c.postcode[far]!;
  await openFinder(page, `?plaats=${postcode}&km=${limit}`);
  await expect(page.locator('.finder-summary')).toContainText(new RegExp(`binnen ${limit} km van ${postcode} .* en \\d+ (school|scholen) verder weg in postcode ${postcode} zelf\\.`));
  await showAll(page);
  const distances = await kms(page);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));
  const past = distances.filter((km) => km > limit).length;
  expect(past).toBeGreaterThan(0);
  // Those past the limit are the last rows, all of the postcode, and each says why it is there.
  const metas = await page.locator('.finder-results li .meta').allTextContents();
  for (const meta of metas.slice(-past)) expect(meta).toContain(`, in postcode ${postcode} zelf`);
  for (const meta of metas.slice(0, -past)) expect(meta).not.toContain('zelf');
  expect((await postcodes(page)).slice(-past)).toEqual(Array(past).fill(postcode));
});

test('a campus whose school lists its offer at the main address is found by place, never by study', async ({ page }) => {
  const watch = watchPage(page);
  const packed = (await (await page.request.get('/data/scholen-compact.json')).json()) as PackedFinderData;
  const c = packed.schools;
  let campus = c.offerAt.findIndex((at, i) => at !== null && at.length === 1 && c.main[at[0]!] === 1 && c.lat[i] !== null);
  if (campus < 0) {
    // Data without such a campus (the sample): add one beside a real school, the way the full import writes it.
    const main = c.studies.findIndex((s) => s.length > 3);
    for (const key of Object.keys(c) as (keyof typeof c)[]) (c[key] as unknown[]).push(c[key][main]);
    campus = c.id.length - 1;
    c.id[campus] = `${c.id[main]}-campus`;
    c.street[campus] = 'Campusstraat 1';
    c.studies[campus] = [];
    c.duaal[campus] = [];
    c.offerAt[campus] = [main];
    c.main[campus] = 0;
    c.main[main] = 1;
    await page.route('**/data/scholen-compact.json', (route) => route.fulfill({ json: packed }));
  }
  const mainIndex = c.offerAt[campus]![0]!;
  const name = c.name[campus]!;
  const postcode = c.postcode[campus]!;
  const studyId = packed.studies[c.studies[mainIndex]![0]!]![0];
  // The smallest distance filter that holds the campus, measured from its postcode's point.
  const rows = (await (await page.request.get('/data/postcodes.json')).json()) as PostcodeRow[];
  const point = rows.find((r) => r[0] === postcode)!;
  const km = DISTANCES.find((d) => d >= roundedKm({ lat: point[3], lon: point[4] }, { lat: c.lat[campus]!, lon: c.lon[campus]! }))!;

  await openFinder(page, `?plaats=${postcode}&km=${km}`);
  await showAll(page);
  const entry = items(page).filter({ hasText: c.street[campus]! }).filter({ hasText: name });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('De officiële gegevens vermelden het aanbod van de school op het hoofdadres');
  await expect(entry).not.toContainText('Biedt aan');
  await expect(entry).not.toContainText('richtingen en jaren');
  const link = entry.getByRole('link', { name: /Bekijk het aanbod van de school/ });
  expect(await link.getAttribute('href')).toMatch(/^\/scholen\/[a-z0-9-]+\/$/);
  expect(await link.getAttribute('href')).not.toContain('-campus/');
  const idOf = (href: string | null) => /^\/scholen\/([a-z0-9-]+)\/$/.exec(href ?? '')![1];
  const campusId = idOf(await entry.getByRole('heading').getByRole('link').getAttribute('href'));
  const mainId = idOf(await link.getAttribute('href'));
  await expectNoAxeViolations(page);

  // With a study the main address offers, the campus is not a match.
  await openFinder(page, `?plaats=${postcode}&km=${km}&studie=${studyId}`);
  await expect(page.locator('.finder-summary')).toContainText('met aanbod');
  await showAll(page);
  await expect(items(page).filter({ hasText: c.street[campus]! }).filter({ hasText: name })).toHaveCount(0);

  // Compared with its main address, the campus never reads as offering nothing or not offering the study.
  await openFinder(page, `?plaats=${postcode}&studie=${studyId}&kies=${campusId}&kies=${mainId}&vergelijk=1`);
  const table = page.locator('.compare table');
  await expect(table.locator('tbody tr').first().locator('td')).toHaveCount(2);
  // The first row is the chosen study: "Ja" at the main address, the plain sentence at the campus.
  const cells = await table.locator('tbody tr').first().locator('td').allTextContents();
  expect(cells.some((t) => t.includes('op een ander adres van de school'))).toBe(true);
  expect(cells).toContain('Ja');
  expect(cells).not.toContain('Nee');
  expect(await table.textContent()).not.toContain('Niets');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});

test.describe('Gebruik mijn locatie', () => {
  test('is asked only after the button; sorts by distance; leaves nothing in the URL, storage or share link', async ({ page, context }) => {
    const watch = watchPage(page);
    await countGeolocation(context);
    await context.grantPermissions(['geolocation']);
    // The Korenmarkt in Gent.
    await context.setGeolocation({ latitude: 51.05472, longitude: 3.72056 });
    await openFinder(page, '?studie=latijn-2de-graad');
    await expect(page.locator('.finder-summary')).toContainText('Latijn');
    expect(await geoCalls(page)).toBe(0);

    await tabTo(page, page.getByRole('button', { name: 'Gebruik mijn locatie' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.finder-summary')).toContainText('gesorteerd op afstand van jouw locatie');
    expect(await geoCalls(page)).toBe(1);
    const distances = await kms(page);
    expect(distances.length).toBeGreaterThan(0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(provinceOf((await postcodes(page))[0]!)).toBe('Oost-Vlaanderen');
    await expect(page.getByText('Afstanden in vogelvlucht, gemeten vanaf jouw locatie.')).toBeVisible();
    await expectNoAxeViolations(page);

    // Save the nearest school and make a share link: none of it holds the position.
    await items(page).first().getByRole('button', { name: /^Bewaar in mijn keuzes/ }).click();
    await page.waitForTimeout(400); // the URL follows the finder a moment after the last change
    const traces = await page.evaluate(() => JSON.stringify({ url: location.href, local: { ...localStorage }, session: { ...sessionStorage } }));
    for (const coordinate of ['51.05', '3.72', '51,05', '3,72']) expect(traces).not.toContain(coordinate);
    expect(new URL(page.url()).searchParams.get('plaats')).toBeNull();

    await page.goto('/keuzes/');
    await page.getByRole('button', { name: 'Maak een deellink' }).click();
    const link = await page.getByRole('textbox', { name: 'Deellink' }).inputValue();
    const shared = await decodeShare(new URL(link).hash.replace(/^#k=/, ''));
    expect(shared.ok).toBe(true);
    const text = JSON.stringify(shared);
    expect(text).not.toMatch(/51\.05|3\.72|locatie/);
    expect(shared.ok && shared.shared.place).toBeUndefined();
    expect(shared.ok && shared.shared.choices.schools.length).toBe(1);
    expect(await geoCalls(page)).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('by keyboard from a postcode: focus follows the button, and stopping brings the postcode back', async ({ page, context }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 51.05472, longitude: 3.72056 });
    await openFinder(page, '?plaats=2000');
    await expect(page.locator('.finder-summary')).toContainText('gesorteerd op afstand van 2000 Antwerpen');
    await tabTo(page, page.getByRole('button', { name: 'Gebruik mijn locatie' }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.finder-summary')).toContainText('gesorteerd op afstand van jouw locatie');
    await expect(page.getByRole('button', { name: 'Stop met mijn locatie' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Gebruik mijn locatie' })).toBeFocused();
    await expect(page.locator('.finder-summary')).toContainText('gesorteerd op afstand van 2000 Antwerpen');
    await expect(page.getByLabel('Postcode of gemeente')).toHaveValue('2000');
  });

  test('refused: a plain message, and the postcode search keeps working', async ({ page, context }) => {
    await countGeolocation(context);
    await context.clearPermissions();
    await openFinder(page);
    await page.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Je locatie is niet gedeeld' })).toContainText('Vul je postcode of gemeente in');
    await expect(page.getByRole('button', { name: 'Gebruik mijn locatie' })).toBeFocused();
    expect(await geoCalls(page)).toBe(1);
    const place = page.getByLabel('Postcode of gemeente');
    await place.fill('2000');
    await place.press('Enter');
    await expect(page.locator('.finder-summary')).toContainText('gesorteerd op afstand van 2000 Antwerpen');
    await expectNoAxeViolations(page);
  });
});
