/**
 * Issue 17 on a 360 px phone: no sideways scrolling on any step of the questionnaire or the session, the comparisons
 * as cards with the action in reach, and a home page whose first screen starts the questionnaire.
 */
import { expect, test, type Page } from '@playwright/test';

// Whole walks and axe runs: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 150_000 });
test.use({ viewport: { width: 360, height: 780 } });

const hydrated = (page: Page) => page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });

/** How much wider the page is than the screen (0 when it fits). */
const sideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);

/**
 * Walks every page of the questionnaire, with the answers that make pages longest (a long study name, a B-attest
 * with its list of exclusions), and checks the width on each page. Returns the page titles seen.
 */
async function walkQuestionnaire(page: Page): Promise<string[]> {
  const seen: string[] = [];
  const title = page.locator('#q-title');
  const check = async () => {
    seen.push((await title.textContent()) ?? '');
    expect(await sideways(page), `sideways scrolling on "${seen.at(-1)}"`).toBeLessThanOrEqual(0);
  };
  await check();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(title).toHaveText('Waar sta je nu?');
  // Before a choice the page says why it cannot go on: that hint must be on screen, not cut off.
  const hint = page.getByText('Kies eerst waar je nu zit.');
  await expect(hint).toBeInViewport({ ratio: 1 });
  await check();
  await page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?').selectOption('elektromechanische-technieken-2de-graad');
  await page.getByRole('radio', { name: '4de jaar' }).check();
  await check();
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  await expect(title).toHaveText('Je attest');
  await page.getByRole('radio', { name: /B-attest/ }).check();
  await page.getByRole('checkbox', { name: 'Doorstroomfinaliteit' }).check();
  await check();
  for (let i = 0; i < 20; i++) {
    const next = page.getByRole('button', { name: /^(Volgende|Toon mijn voorstellen)$/ });
    if ((await next.count()) === 0) break;
    const before = await title.textContent();
    await next.click();
    await expect(title).not.toHaveText(before ?? '');
    await check();
  }
  await expect(title).toHaveText('Jouw voorstellen');
  return seen;
}

test('every page of the questionnaire fits 360 px without sideways scrolling', async ({ page }) => {
  await page.goto('/vragenlijst/');
  await hydrated(page);
  const seen = await walkQuestionnaire(page);
  // Every page once: start, situation (twice: before and after a choice), attest, goal, the item pages, the result.
  const total = Number((await page.locator('#q-progress-label').textContent())?.match(/van (\d+)/)?.[1]);
  expect(new Set(seen).size).toBe(total);
});

test('every step of the session, and every page of its questionnaire, fits 360 px', async ({ page }) => {
  await page.goto('/sessie/');
  await hydrated(page);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Start een nieuwe sessie' }).click();
  await walkQuestionnaire(page);
  // Keep a suggestion, so the choices and the summary have something to show.
  await page.getByRole('button', { name: /^Bewaar in mijn keuzes/ }).first().click();
  for (const step of ['Routes', 'Scholen', 'Keuzes', 'Afsluiten']) {
    await page.getByRole('button', { name: new RegExp(`^\\d\\. ${step}$`) }).click();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^\\d\\. ${step}`) })).toBeVisible();
    if (step === 'Scholen') await expect(page.locator('.finder-summary')).toBeVisible();
    if (step === 'Keuzes') await expect(page.locator('.choice-list').first()).toBeVisible();
    expect(await sideways(page), `sideways scrolling on the ${step} step`).toBeLessThanOrEqual(0);
  }
});

test('three schools compare as cards, chosen study on top, and the compare action stays in reach', async ({ page }) => {
  await page.goto('/scholen/zoeken/?plaats=9000&studie=latijn-2de-graad&kies=het-gymnasion-29306-1&kies=sint-lievenscollege-109959-1&kies=ivg-school-37085-1&vergelijk=1');
  await expect(page.getByRole('heading', { name: 'Vergelijking van 3 scholen' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table')).toBeHidden();
  const cards = page.locator('.compare .side-card');
  await expect(cards).toHaveCount(3);
  for (const card of await cards.all()) {
    const box = (await card.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await expect(card.locator('dt').first()).toHaveText('Latijn (2de graad, doorstroomfinaliteit)');
    await expect(card.locator('dd').first()).toHaveText('Ja');
  }
  await expect(cards.first().getByRole('heading', { level: 3 })).toHaveText('Het Gymnasion');
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  // Far down the list of schools the compare button is still on screen.
  await page.getByRole('button', { name: 'Sluit vergelijking' }).click();
  await page.locator('.finder-results > li').nth(12).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Vergelijk', exact: true })).toBeInViewport({ ratio: 1 });
});

test('saved studies compare as cards in mijn keuzes', async ({ page }) => {
  await page.goto('/keuzes/');
  await page.evaluate(() =>
    sessionStorage.setItem('richtingwijzer:keuzes:v1', JSON.stringify({ app: 'richtingwijzer', v: 1, choices: { studies: ['latijn-2de-graad', 'elektromechanische-technieken-2de-graad'], schools: [], notes: '' } })),
  );
  await page.reload();
  const boxes = page.getByRole('checkbox', { name: /^Vergelijk/ });
  await expect(boxes).toHaveCount(2);
  for (const box of await boxes.all()) await box.check();
  await page.getByRole('button', { name: 'Vergelijk studies' }).click();
  const cards = page.locator('.side-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1).getByRole('heading', { level: 3 })).toHaveText('Elektromechanische technieken (2de graad, dubbele finaliteit)');
  await expect(page.getByRole('table')).toBeHidden();
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});

test('the home page: the questionnaire is the first action on the first screen, one search box, words a pupil knows', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('link', { name: 'Start de vragenlijst' }).first();
  await expect(start).toBeInViewport({ ratio: 1 });
  // The first link in the content is the questionnaire, before the search box.
  await expect(page.locator('main a').first()).toHaveText('Start de vragenlijst');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('searchbox')).toBeInViewport();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link')).toHaveText(['Wat past bij mij?', 'Alle richtingen', 'Routes', 'Scholen', 'Mijn keuzes']);
  // The words of the education system stay one tap away for parents and CLB workers.
  const more = page.getByRole('navigation', { name: 'Voor ouders en CLB' });
  await expect(more.getByRole('link', { name: 'Catalogus met filters' })).toHaveAttribute('href', '/catalogus/');
  await expect(more.getByRole('link', { name: 'Matrix' })).toHaveAttribute('href', '/matrix/');
  await expect(more.getByRole('link', { name: 'Voor CLB-medewerkers' })).toHaveAttribute('href', '/voor-clb/');
  expect(await sideways(page)).toBeLessThanOrEqual(0);
});

test('the catalogue on a phone: a tapped filter shows its count on screen, and the count leads to the list', async ({ page }) => {
  await page.goto('/catalogus/');
  const done = page.locator('.facets-done a');
  const total = Number(await done.locator('[data-count-short]').textContent());
  const filter = page.getByRole('button', { name: 'Arbeidsmarkt' });
  await filter.scrollIntoViewIfNeeded();
  await filter.click();
  await expect(filter).toHaveAttribute('aria-pressed', 'true');
  const shown = Number(await done.locator('[data-count-short]').textContent());
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(done).toBeInViewport();
  await expect(page.locator('[data-count] .result-count')).toHaveText(String(shown));
  await done.click();
  await expect(page.locator('[data-list] > li:not([hidden])').first()).toBeInViewport();
});
