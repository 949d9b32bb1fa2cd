/**
 * Issue 17, points 1, 5 and 6: the pupil's suggestions tell options apart (equal scores as one group), search
 * understands "bouwen", and sharing uses the phone's share sheet where it exists, copy where not, with the pupil
 * choosing what goes into the link and the parent seeing her situation and reasons.
 */
import { expect, test, type Page } from '@playwright/test';
import { decodeShare } from '../../src/lib/choices/share-link.ts';
import { PUPIL_ANSWERS } from '../fixtures/issue17-pupil.ts';
import { expectNoAxeViolations, watchPage } from './helpers.ts';

// The machine that runs these is shared and slow: loading the finder data can take a while.
test.describe.configure({ timeout: 240_000 });
test.use({ actionTimeout: 20_000 });
expect.configure({ timeout: 20_000 });

const ANSWERS_KEY = 'richtingwijzer:vragenlijst:v1';
const CHOICES_KEY = 'richtingwijzer:keuzes:v1';

/** The pupil's answers kept in this tab, and two saved studies, as the questionnaire and "Bewaar" leave them. */
async function seedPupil(page: Page) {
  await page.addInitScript(
    ([answersKey, choicesKey, answers]) => {
      if (sessionStorage.getItem(choicesKey) !== null) return;
      sessionStorage.setItem(answersKey, JSON.stringify({ version: 1, answers }));
      sessionStorage.setItem(choicesKey, JSON.stringify({ app: 'richtingwijzer', v: 1, choices: { studies: ['bouw-2de-graad', 'hout-2de-graad'], schools: [], notes: 'Opendeurdag in maart.' } }));
    },
    [ANSWERS_KEY, CHOICES_KEY, PUPIL_ANSWERS] as const,
  );
  await page.goto('/keuzes/');
  // The finder data is large; on a loaded machine it takes a while.
  await expect(page.locator('.choice-list').first()).toContainText('Bouw', { timeout: 90_000 });
}

/** The pupil's answers saved on the device, then on through the questionnaire to her result page. */
async function openPupilResult(page: Page) {
  await page.goto('/vragenlijst/');
  await page.evaluate(([key, answers]) => localStorage.setItem(key, JSON.stringify({ version: 1, answers })), [ANSWERS_KEY, PUPIL_ANSWERS] as const);
  await page.reload();
  const heading = page.locator('#q-title');
  for (let i = 0; i < 20 && (await heading.textContent()) !== 'Jouw voorstellen'; i++) {
    await page.locator('.q-nav button').last().click();
  }
  return heading;
}

test('the share button opens the share sheet with the link where the browser has one', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { shareCalls: ShareData[] }).shareCalls = calls;
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: ShareData) => void calls.push(data) });
  });
  const watch = watchPage(page);
  await seedPupil(page);
  await page.getByRole('checkbox', { name: 'Waar je nu staat en je attest' }).check();
  await page.getByRole('checkbox', { name: /Je voorstellen uit de vragenlijst/ }).check();
  await page.getByRole('button', { name: 'Maak een deellink' }).click();
  const link = await page.locator('#share-link').inputValue();
  expect(link).toMatch(/\/keuzes\/#k=1\./);
  await page.getByRole('button', { name: 'Deel', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gedeeld.' })).toBeVisible();
  const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
  expect(calls).toHaveLength(1);
  expect(calls[0]!.url).toBe(link);
  // Plain words instead of "144 tekens, QR-versie 7".
  await expect(page.locator('.qr figcaption')).toHaveText(/camera van een gsm/);
  await expect(page.locator('.share')).not.toContainText('QR-versie');
  await expectNoAxeViolations(page);
  expect(watch.consoleErrors).toEqual([]);
});

test('without a share sheet there is no share button, and copy puts the link on the clipboard', async ({ page, context }) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seedPupil(page);
  await page.getByRole('button', { name: 'Maak een deellink' }).click();
  const link = await page.locator('#share-link').inputValue();
  await expect(page.getByRole('button', { name: 'Deel', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Kopieer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Gekopieerd.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test('a parent sees the situation and the reasons the pupil saw, and only what she ticked', async ({ page, browser }) => {
  await seedPupil(page);
  await page.getByRole('checkbox', { name: 'Waar je nu staat en je attest' }).check();
  await page.getByRole('checkbox', { name: /Je voorstellen uit de vragenlijst/ }).check();
  await page.getByRole('checkbox', { name: 'Je afspraken' }).check();
  await page.getByRole('button', { name: 'Maak een deellink' }).click();
  const full = await page.locator('#share-link').inputValue();

  // Without the suggestions and the agreements: a new link, made on request.
  await page.getByRole('checkbox', { name: /Je voorstellen uit de vragenlijst/ }).uncheck();
  await page.getByRole('checkbox', { name: 'Je afspraken' }).uncheck();
  await expect(page.locator('#share-link')).toHaveCount(0);
  await page.getByRole('button', { name: 'Maak een deellink' }).click();
  const partial = await page.locator('#share-link').inputValue();

  const parent = await (await browser.newContext()).newPage();
  await parent.goto(full);
  await expect(parent.getByText('Je bekijkt gedeelde keuzes.')).toBeVisible({ timeout: 90_000 });
  const summary = parent.locator('.summary');
  await expect(summary).toContainText('Attest: B-attest (uitgesloten: de doorstroomfinaliteit)');
  await expect(summary).toContainText('Voorstellen uit de vragenlijst');
  await expect(summary).toContainText('Je vindt ‘keukenkasten maken of tegels leggen’ heel leuk (5 op 5)');
  await expect(summary).toContainText('Opendeurdag in maart.');
  await expectNoAxeViolations(parent);

  await parent.goto('about:blank');
  await parent.goto(partial);
  await expect(parent.getByText('Je bekijkt gedeelde keuzes.')).toBeVisible({ timeout: 90_000 });
  await expect(summary).toContainText('Attest: B-attest');
  await expect(summary).not.toContainText('Voorstellen uit de vragenlijst');
  await expect(summary).not.toContainText('keukenkasten');
  await expect(summary).not.toContainText('Opendeurdag');
  await expect(summary).toContainText('Bouw');
});

test('the link holds only the studies until the pupil ticks more, says so before it is made, and follows the ticks', async ({ page }) => {
  await seedPupil(page);
  const parts = page.getByRole('group', { name: 'Wat zet je in de link?' });
  for (const box of await parts.getByRole('checkbox').all()) await expect(box).not.toBeChecked();
  const make = page.getByRole('button', { name: 'Maak een deellink' });
  await expect(make).toHaveAccessibleDescription(/^In de link komt: je 2 studies\. Niet in de link: waar je nu staat en je attest, .*je afspraken/);
  const fragment = async () => {
    const read = await decodeShare(new URL(await page.locator('#share-link').inputValue()).hash.replace(/^#k=/, ''));
    expect(read.ok).toBe(true);
    return read.ok ? read.shared : null;
  };

  await make.click();
  const plain = await fragment();
  expect(plain).toEqual({ v: 2, choices: { studies: ['bouw-2de-graad', 'hout-2de-graad'], schools: [], notes: '' }, suggestions: false });
  expect(JSON.stringify(plain)).not.toContain('Opendeurdag');

  // Ticking the agreements takes the old link away; the new one holds them, and still no attest or answers.
  await page.getByRole('checkbox', { name: 'Je afspraken' }).check();
  await expect(page.locator('#share-link')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'maak de link opnieuw' })).toBeVisible();
  await expect(make).toHaveAccessibleDescription(/^In de link komt: je 2 studies en je afspraken\./);
  await make.click();
  const withNotes = await fragment();
  expect(withNotes?.choices.notes).toBe('Opendeurdag in maart.');
  expect(withNotes?.answers).toBeUndefined();
  expect(withNotes?.place).toBeUndefined();
  await expectNoAxeViolations(page);
});

test("the pupil's suggestions: different scores, equal ones as one group, never 'past minder goed' at the same score", async ({ page }) => {
  const heading = await openPupilResult(page);
  await expect(heading).toHaveText('Jouw voorstellen');
  await expect(page.locator('.suggestions > li .score strong').first()).toBeVisible(); // the result view loads on demand
  const scores = await page.locator('.suggestions > li .score strong').allTextContents();
  expect(new Set(scores.slice(0, 8)).size).toBeGreaterThan(1);
  const groups = page.locator('.suggestion-ranks > li');
  const groupSizes = await groups.evaluateAll((list) => list.map((g) => g.querySelectorAll('.suggestions > li').length));
  // Every group of equals says so; a single one does not.
  for (const [i, size] of groupSizes.entries()) {
    await expect(groups.nth(i).locator('.even')).toHaveCount(size > 1 ? 1 : 0);
  }
  await expect(page.locator('.suggestion-ranks')).not.toContainText('je liggen');
  await page.getByRole('checkbox', { name: /Toon ook wat we niet voorstelden/ }).check();
  const shown = new Set(scores);
  for (const text of await page.locator('.route-list > li p').allTextContents()) {
    const score = /\(score (\d+)\)/.exec(text)?.[1];
    if (score && shown.has(score)) expect(text).not.toContain('minder goed');
  }
  await expectNoAxeViolations(page);
});

test('search finds studies for everyday words such as "bouwen"', async ({ page }) => {
  await page.goto('/zoeken/?q=bouwen');
  await expect(page.locator('#search-results')).toContainText('Bouw');
  await page.goto('/zoeken/?q=sleutelen');
  await expect(page.locator('#search-results')).toContainText(/Autotechnieken|Voertuigtechnieken|Mechanica/);
});

test('a postcode on the result adds the schools near the pupil to every suggestion, kept in memory only', async ({ page }) => {
  const watch = watchPage(page);
  await openPupilResult(page);
  const reasons = page.locator('.suggestions > li .reasons').first();
  await expect(reasons).toBeVisible();
  await expect(page.locator('.suggestion-ranks')).not.toContainText('Binnen 10 km');
  const field = page.getByLabel('Postcode of gemeente', { exact: true });
  await field.fill('9000');
  await page.getByRole('button', { name: 'Toon scholen in de buurt' }).click();
  await expect(page.locator('.nearby [role=status]')).toContainText('binnen 10 km van 9000 Gent');
  // Every suggestion now says how many schools near Gent offer it, and links to them in the finder.
  const count = await page.locator('.suggestions > li').count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await expect(page.locator('.suggestions > li').nth(i).locator('.reasons')).toContainText(/Binnen 10 km (biedt één school|bieden \d+ scholen) dit aan|Er is geen school binnen 10 km|We vonden geen school/);
  }
  const link = page.getByRole('link', { name: /^Scholen in de buurt voor / }).first();
  expect(await link.getAttribute('href')).toMatch(/^\/scholen\/zoeken\/\?plaats=9000&studie=[a-z0-9-]+&km=10$/);
  // A wrong postcode says so and keeps Gent.
  await page.getByLabel('Andere postcode of gemeente').fill('99999');
  await page.getByRole('button', { name: 'Toon scholen in de buurt' }).click();
  await expect(page.locator('.nearby [role=alert]')).toContainText('geen postcode');
  await expect(page.locator('.nearby [role=status]')).toContainText('9000 Gent');
  await expectNoAxeViolations(page);
  // Nothing of the place is kept.
  const kept = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(kept).not.toContain('9000');
  expect(page.url()).not.toContain('9000');
  await page.getByRole('button', { name: 'Zonder postcode' }).click();
  await expect(page.locator('.suggestion-ranks')).not.toContainText('Binnen 10 km');
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
