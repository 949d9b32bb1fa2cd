import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, tabTo, watchPage } from './helpers.ts';

const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

/** Tabs to a button and presses Enter; the school list has three stops per school, hence the long reach. */
async function press(page: Page, name: string | RegExp) {
  await tabTo(page, page.getByRole('button', { name, exact: typeof name === 'string' }).first(), 300);
  await page.keyboard.press('Enter');
}

test('a full CLB session by keyboard: questionnaire, suggestions, shortlist, agreements, share link, PDF summary, nothing left behind', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const watch = watchPage(page);
  await page.goto('/sessie/');
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  // The session's questionnaire adds no browser history (its closing wipe could not take entries out again).
  const historyLength = await page.evaluate(() => history.length);
  await expectNoAxeViolations(page);
  await press(page, 'Start een nieuwe sessie');
  await expect(page.getByRole('heading', { name: '1. Vragenlijst en voorstellen' })).toBeFocused();

  // Questionnaire: where the pupil is, attest, goal, a few interests; the rest skipped.
  await press(page, 'Start');
  const stage = page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?');
  await tabTo(page, stage);
  await page.keyboard.type('2de leerjaar A');
  await expect(stage).toHaveValue('tweede-leerjaar-a');
  await press(page, 'Volgende');
  await tabTo(page, page.getByRole('radio', { name: /^A-attest: / }));
  await page.keyboard.press('Space');
  await press(page, 'Volgende');
  await tabTo(page, page.getByRole('radio', { name: /Verder studeren/ }));
  await page.keyboard.press('Space');
  await press(page, 'Volgende');
  const firstItem = page.locator('fieldset.scale-item').first();
  await tabTo(page, firstItem.getByRole('radio').first());
  await page.keyboard.press('Space');
  for (let i = 1; i < 5; i++) await page.keyboard.press('ArrowRight');
  while (!(await page.getByRole('button', { name: 'Toon mijn voorstellen' }).isVisible())) await press(page, 'Volgende');
  await press(page, 'Toon mijn voorstellen');
  expect(await page.evaluate(() => [history.length, history.state])).toEqual([historyLength, null]);

  // Two suggestions into the shortlist.
  const suggestions = page.locator('.suggestions > li');
  await expect(suggestions.first()).toBeVisible();
  const chosenIds: string[] = [];
  for (const i of [0, 1]) {
    const item = suggestions.nth(i);
    chosenIds.push((await item.getAttribute('data-id'))!);
    const save = item.getByRole('button', { name: /^Bewaar in mijn keuzes/ });
    await expect(save).toBeEnabled();
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await expect(save).toHaveAttribute('aria-pressed', 'true');
  }
  const chosenNames = await Promise.all([0, 1].map(async (i) => (await suggestions.nth(i).locator('h3 a').textContent())!));
  await expectNoAxeViolations(page);

  // Routes, then schools: one school into the shortlist.
  await press(page, 'Volgende stap: Routes');
  await expect(page.getByRole('heading', { name: '2. Routes' })).toBeFocused();
  await expect(page.getByLabel('Waar ben je nu (of wat werk je dit schooljaar af)?')).toBeVisible();
  await press(page, 'Volgende stap: Scholen');
  await expect(page.getByRole('heading', { name: '3. Scholen' })).toBeFocused();
  const place = page.getByLabel('Postcode of gemeente');
  await tabTo(page, place);
  await page.keyboard.type('2000');
  await page.keyboard.press('Enter');
  const firstSchool = page.locator('.finder-results > li').first();
  await expect(firstSchool).toContainText('km');
  const schoolName = (await firstSchool.locator('h3').textContent())!;
  const saveSchool = firstSchool.getByRole('button', { name: /^Bewaar in mijn keuzes/ });
  await tabTo(page, saveSchool);
  await page.keyboard.press('Enter');
  await expect(saveSchool).toHaveAttribute('aria-pressed', 'true');
  // The session leaves no search in the address bar (nor in the browser history).
  expect(new URL(page.url()).search).toBe('');

  // Choices and agreements.
  await press(page, 'Volgende stap: Keuzes');
  const lists = page.locator('.choice-list');
  for (const name of chosenNames) await expect(lists.first()).toContainText(name.trim());
  await expect(lists.nth(1)).toContainText(schoolName);
  const notes = page.getByLabel(/Wat spreken jullie af/);
  await tabTo(page, notes);
  await page.keyboard.type('Opendeurdag bezoeken; gesprek met de klassenraad in mei.');
  // Nothing but the shortlist goes in the link unless the pupil ticks it: here the situation, suggestions and agreements.
  for (const name of ['Waar je nu staat en je attest', /Je voorstellen uit de vragenlijst/, 'Je afspraken']) {
    const box = page.getByRole('checkbox', { name });
    await expect(box).not.toBeChecked();
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  await press(page, 'Maak een deellink');
  const link = await page.locator('#share-link').inputValue();
  expect(link).toMatch(/\/keuzes\/#k=1\./);
  await expect(page.getByRole('img', { name: /QR-code van de deellink/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The link in a fresh browser (the pupil's phone) shows the same shortlist and agreements.
  const phone = await browser.newContext();
  const other = await phone.newPage();
  await other.goto(link);
  // The link holds a school, so the phone first reads the school list: slow on a loaded machine (as in issue17a).
  await expect(other.getByText('Je bekijkt gedeelde keuzes.')).toBeVisible({ timeout: 60_000 });
  for (const name of chosenNames) await expect(other.locator('.choice-list').first()).toContainText(name.trim());
  await expect(other.locator('.choice-list').nth(1)).toContainText(schoolName);
  await expect(other.locator('.summary')).toContainText('Opendeurdag bezoeken');
  await expect(other.locator('.summary')).toContainText('Voorstellen uit de vragenlijst');
  await phone.close();

  // Close: the summary as PDF, then everything wiped.
  await press(page, 'Volgende stap: Afsluiten');
  const summary = page.locator('.summary');
  await expect(summary).toContainText('Samenvatting van ons gesprek');
  await expect(summary).toContainText('Nu: 2de leerjaar A');
  for (const name of chosenNames) await expect(summary).toContainText(name.trim());
  await expect(summary).toContainText(schoolName);
  await expect(summary).toContainText('gesprek met de klassenraad in mei');
  await expect(summary).toContainText('Awel');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.session-bar')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = pdfPages(pdf);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });

  await page.evaluate(() => (window.print = () => undefined));
  await press(page, 'Samenvatting afdrukken');
  await press(page, 'Sessie afsluiten en alles wissen');
  await expect(page.getByRole('heading', { name: 'De sessie is gewist' })).toBeFocused();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.evaluate(() => [history.length, history.state])).toEqual([historyLength, null]);
  await expect(page.getByText(schoolName)).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
  expect(chosenIds).toHaveLength(2);
});

test('choices a pupil saved in this browser: the welcome screen says starting wipes them, and only then are they gone', async ({ page }) => {
  await page.goto('/sessie/');
  const start = page.getByRole('button', { name: 'Start een nieuwe sessie' });
  await expect(start).toBeVisible();
  await expect(page.getByText('in deze browser staan al bewaarde')).toHaveCount(0);
  await page.evaluate(() => localStorage.setItem('richtingwijzer:keuzes:v1', JSON.stringify({ version: 1, studies: ['latijn-2de-graad'], schools: [], notes: '' })));
  await page.reload();
  await expect(page.getByRole('note').filter({ hasText: 'Ze worden gewist als je de sessie start' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('richtingwijzer:keuzes:v1'))).not.toBeNull();
  await page.getByRole('button', { name: 'Start een nieuwe sessie' }).click();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('richtingwijzer:')))).toEqual([]);
});
