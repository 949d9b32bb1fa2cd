import { expect, test, type Page } from '@playwright/test';
import { answerItem, expectNoAxeViolations, nextStep, questionHeading, tabTo, watchPage } from './helpers.ts';


/** Astro removes the `ssr` attribute once the island has hydrated. */
const hydrated = (page: Page) => page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });

test('the whole questionnaire by keyboard: suggestions with reasons, live changes, no network, nothing kept', async ({ page }) => {
  // 13 pages, each checked with axe: longer than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const watch = watchPage(page);
  await page.goto('/vragenlijst/');
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));

  await expectNoAxeViolations(page);
  await nextStep(page, /^Start$/);

  await expect(questionHeading(page)).toHaveText('Waar sta je nu?');
  await expect(questionHeading(page)).toBeFocused();
  const stage = page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?');
  await tabTo(page, stage);
  await page.keyboard.type('2de leerjaar A');
  await expect(stage).toHaveValue('tweede-leerjaar-a');
  await expectNoAxeViolations(page);
  await nextStep(page);

  await expect(questionHeading(page)).toHaveText('Je attest');
  await tabTo(page, page.getByRole('radio', { name: /^A-attest: / }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /B-attest/ })).toBeChecked();
  await tabTo(page, page.getByRole('checkbox', { name: 'Doorstroomfinaliteit' }));
  await page.keyboard.press('Space');
  await expectNoAxeViolations(page);
  await nextStep(page);

  await expect(questionHeading(page)).toHaveText('Je doel');
  await tabTo(page, page.getByRole('radio', { name: /Verder studeren/ }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Gaan werken' })).toBeChecked();
  await expectNoAxeViolations(page);
  await nextStep(page);

  // Interest pages: STEM items "heel leuk", the rest "niet leuk", one "weet ik niet".
  let unknownUsed = false;
  while ((await questionHeading(page).textContent())?.startsWith('Wat doe je graag?')) {
    for (const item of await page.locator('fieldset.scale-item').all()) {
      const text = (await item.locator('legend').textContent()) ?? '';
      const stem = /Elektronische|labo|Keukenkasten|kapot toestel|computerprogramma/.test(text);
      await answerItem(page, item, stem ? 5 : unknownUsed ? 2 : 6);
      unknownUsed = true;
    }
    await expectNoAxeViolations(page);
    await nextStep(page);
  }
  await expect(questionHeading(page)).toHaveText('Hoe leer en werk je?');
  for (const item of await page.locator('fieldset.scale-item').all()) {
    const text = (await item.locator('legend').textContent()) ?? '';
    await answerItem(page, item, /doen en uit te proberen|handen/.test(text) ? 5 : 2);
  }
  await expectNoAxeViolations(page);
  await nextStep(page, /^Toon mijn voorstellen$/);

  await expect(questionHeading(page)).toHaveText('Jouw voorstellen');
  const first = page.locator('.suggestions > li').first();
  await expect(first).toContainText('Het studiedomein STEM boeit je (5 op 5)');
  await expect(first).toContainText('Je wil gaan werken');
  const firstId = await first.getAttribute('data-id');
  const firstScore = await first.locator('.score strong').textContent();
  await expect(page.locator('.suggestions > li[data-id="latijn-2de-graad"]')).toHaveCount(0);
  await expect(page.getByText(/Met je B-attest zijn \d+ richtingen uitgesloten/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Clbchat' }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Change an answer on the result page and see the list change.
  const adjust = page.locator('summary', { hasText: 'Pas je profiel aan' });
  await tabTo(page, adjust);
  await page.keyboard.press('Enter');
  const stemSelect = page.getByLabel('STEM', { exact: true });
  await tabTo(page, stemSelect);
  await page.keyboard.type('1');
  await expect(stemSelect).toHaveValue('1');
  // The first study may stay (its single interest items still fit), but no longer with the same score.
  await expect(page.locator(`.suggestions > li[data-id="${firstId}"] .score strong`)).not.toHaveText(firstScore!);
  await expect(page.locator('.suggestion-ranks')).not.toContainText('Het studiedomein STEM boeit je (');

  // Options not suggested, with why.
  await tabTo(page, page.getByRole('checkbox', { name: /Toon ook wat we niet voorstelden/ }));
  await page.keyboard.press('Space');
  const latijn = page.locator('li[data-id="latijn-2de-graad"]');
  await expect(latijn).toContainText('Met je B-attest is dit uitgesloten');
  // Repeating the year is the klassenraad's decision, and the A-attest's free choice does not apply here.
  await expect(latijn).toContainText('Dat kan alleen als de klassenraad akkoord gaat, na advies van het CLB.');
  await expect(latijn).not.toContainText('vrij kiezen');
  await expectNoAxeViolations(page);

  // No request carries anything: the only ones allowed are the site's own code, fetched for the save buttons.
  expect(requests.filter((url) => !/^\/_astro\/[\w.-]+\.js$/.test(new URL(url).pathname) || new URL(url).search !== '')).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);

  // Kept for this tab only (a reload keeps the answers and the page); nothing on the device unless saving was chosen.
  await page.reload();
  await hydrated(page);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('richtingwijzer:vragenlijst')))).toEqual(['richtingwijzer:vragenlijst:v1']);
  await expect(questionHeading(page)).toHaveText('Jouw voorstellen');
});

test('saving is a choice; "wis alles" removes every trace', async ({ page }) => {
  await page.goto('/vragenlijst/');
  await hydrated(page);
  const save = page.getByRole('checkbox', { name: 'Bewaar mijn antwoorden op dit toestel' });
  await tabTo(page, save);
  await page.keyboard.press('Space');
  await expect(save).toBeChecked();
  await nextStep(page, /^Start$/);
  const stage = page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?');
  await stage.selectOption('latijn-2de-graad');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['richtingwijzer:vragenlijst:v1']);

  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);

  // Saved on the device, with the page the pupil was on.
  await page.reload();
  await hydrated(page);
  await expect(save).toBeChecked();
  await expect(questionHeading(page)).toHaveText('Waar sta je nu?');
  await expect(stage).toHaveValue('latijn-2de-graad');

  // The pages kept for offline reading say which pages a pupil opened: "Wis alles" removes them too.
  await page.evaluate(async () => { await (await caches.open('richtingwijzer-visited')).put('/hulp/', new Response('x')); });
  await tabTo(page, page.getByRole('button', { name: 'Wis alles' }));
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Ja, wis alles' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Alles is gewist: je antwoorden, je bewaarde keuzes')).toBeVisible();
  await expect.poll(() => page.evaluate(() => caches.has('richtingwijzer-visited'))).toBe(false);
  await expect(save).not.toBeChecked();
  expect(await page.evaluate(() => Object.keys(localStorage).length + Object.keys(sessionStorage).length)).toBe(0);
  await page.reload();
  await hydrated(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(stage).toHaveValue('');
});

test('broken saved data is reported and does not break the page', async ({ page }) => {
  await page.goto('/vragenlijst/');
  await page.evaluate(() => localStorage.setItem('richtingwijzer:vragenlijst:v1', '{"version":1,"answers":{"stage":"x@9","items":{"bestaat-niet":7}'));
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('status').filter({ hasText: 'beschadigd' })).toBeVisible();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('#q-title')).toHaveText('Waar sta je nu?');
});

test("the browser's Back and Forward move between the questions seen, keep the answers, and put no answer in the URL or history", async ({ page }) => {
  await page.goto('/');
  await page.goto('/vragenlijst/');
  await hydrated(page);
  const address = page.url();
  await nextStep(page, /^Start$/);
  // Three questions: where the pupil is, the attest, the goal (answered, not yet left).
  const stage = page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?');
  await tabTo(page, stage);
  await page.keyboard.type('2de leerjaar A');
  await expect(stage).toHaveValue('tweede-leerjaar-a');
  await nextStep(page);
  await page.getByRole('radio', { name: /B-attest/ }).check();
  await nextStep(page);
  await expect(questionHeading(page)).toHaveText('Je doel');
  await page.getByRole('radio', { name: 'Gaan werken' }).check();

  await page.goBack();
  await expect(questionHeading(page)).toHaveText('Je attest');
  await expect(questionHeading(page)).toBeFocused();
  await expect(page.getByRole('radio', { name: /B-attest/ })).toBeChecked();
  await page.goBack();
  await expect(questionHeading(page)).toHaveText('Waar sta je nu?');
  await expect(stage).toHaveValue('tweede-leerjaar-a');
  await page.goForward();
  await expect(questionHeading(page)).toHaveText('Je attest');
  await page.goForward();
  await expect(questionHeading(page)).toHaveText('Je doel');
  await expect(page.getByRole('radio', { name: 'Gaan werken' })).toBeChecked();

  // Only page numbers in the history, nothing in the URL.
  expect(page.url()).toBe(address);
  const state = await page.evaluate(() => JSON.stringify(history.state));
  expect(state).toMatch(/^\{"rwVraag":\{"step":\d+,"from":(\d+|null)\}\}$/);

  // Vorige is the same as Back (the history does not grow), so Forward still returns to the goal.
  const length = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Vorige' }).click();
  await expect(questionHeading(page)).toHaveText('Je attest');
  await expect(questionHeading(page)).toBeFocused();
  expect(await page.evaluate(() => history.length)).toBe(length);
  await page.goForward();
  await expect(questionHeading(page)).toHaveText('Je doel');

  // A reload stays on the question (the visitor starts at the top of the page, as on arrival), and Back still works.
  await page.reload();
  await hydrated(page);
  await expect(questionHeading(page)).toHaveText('Je doel');
  await expect(questionHeading(page)).not.toBeFocused();
  await expect(page.getByRole('radio', { name: 'Gaan werken' })).toBeChecked();

  // Back from the first page leaves the questionnaire as on any page.
  for (const title of ['Je attest', 'Waar sta je nu?', 'Welkom']) {
    await page.goBack();
    await expect(questionHeading(page)).toHaveText(title);
  }
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('an in-page link ("Naar de inhoud") between two questions: Back still shows the question it was used on', async ({ page }) => {
  await page.goto('/vragenlijst/');
  await hydrated(page);
  await nextStep(page, /^Start$/);
  await expect(questionHeading(page)).toHaveText('Waar sta je nu?');
  // The skip link shows only with the focus on it: used by keyboard, as its users do.
  await page.getByRole('link', { name: 'Naar de inhoud' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#inhoud$/);
  await page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?').selectOption('tweede-leerjaar-a');
  await nextStep(page);
  await expect(questionHeading(page)).toHaveText('Je attest');
  await page.goBack();
  await expect(questionHeading(page)).toHaveText('Waar sta je nu?');
  await page.goBack();
  await expect(questionHeading(page)).toHaveText('Waar sta je nu?');
  await page.goBack();
  await expect(questionHeading(page)).toHaveText('Welkom');
});
