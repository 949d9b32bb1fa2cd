/**
 * Issue 14, the aansluiting: from a study page of the 3de graad to a programme and back, and the questionnaire for a
 * pupil in the 6de jaar with arbeidsmarktfinaliteit (keyboard only): graduaten, never a bachelor as a direct step.
 * Programme ids come from the pages themselves, so the tests hold when programmes are added.
 */
import { expect, test } from '@playwright/test';
import { answerItem, expectNoAxeViolations, horizontalOverflow, nextStep, questionHeading, tabTo, watchPage } from './helpers.ts';

const STUDY = '/studies/basiszorg-en-ondersteuning-3de-graad/';

test('from a graad-3 study page to a programme that follows, and back to the richting', async ({ page }) => {
  await page.goto(STUDY);
  const after = page.locator('section.ho-after');
  await expect(after.getByRole('heading', { level: 2 })).toHaveText('Verder studeren na Basiszorg en ondersteuning');
  // Arbeidsmarktfinaliteit: graduaten come first, and the page says why.
  await expect(after.getByRole('heading', { level: 3 }).first()).toHaveText('Graduaten');
  await expect(after).toContainText('meteen naar een graduaat');
  await expect(after).toContainText('voorbereidt op het hoger onderwijs');
  // A bachelor only after the extra year, and no academische bachelor named for a shared studiedomein alone.
  await expect(after.getByRole('heading', { level: 3, name: 'Professionele bachelors, na een extra jaar' })).toHaveCount(1);
  await expect(after.getByRole('heading', { level: 3, name: /Academische bachelors/ })).toHaveCount(0);
  await expect(after).not.toContainText('geneeskunde');
  await expectNoAxeViolations(page);

  const link = after.locator('ul.study-list a[href^="/hoger-onderwijs/"]').first();
  const name = (await link.textContent())!;
  await tabTo(page, link, 200);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  const before = page.locator('section.ho-before');
  await expect(before.getByRole('heading', { level: 2 })).toHaveText('Welke richtingen bereiden goed voor?');
  const back = before.getByRole('link', { name: 'Basiszorg en ondersteuning', exact: true });
  await expect(back).toHaveCount(1);
  await expectNoAxeViolations(page);
  await back.click();
  await expect(page).toHaveURL(STUDY);
});

test.describe('at phone width (360 px)', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('study and programme pages do not scroll sideways', async ({ page }) => {
    await page.goto(STUDY);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.locator('section.ho-after ul.study-list a').first().click();
    await expect(page.locator('section.ho-before')).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});


for (const width of [1000, 360]) {
  test(`the questionnaire as a 6de-jaar pupil with arbeidsmarktfinaliteit, keyboard only (${width} px)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    const watch = watchPage(page);
    await page.goto('/vragenlijst/');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await nextStep(page, /^Start$/);

    const stage = page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?');
    await tabTo(page, stage);
    await page.keyboard.type('Basiszorg en ondersteuning');
    await expect(stage).toHaveValue(/^basiszorg-en-ondersteuning-3de-graad/);
    // No year is pre-selected: the radio group's tab stop is its first year; the arrow key moves to the 6de jaar.
    const sixth = page.getByRole('radio', { name: '6de jaar' });
    await tabTo(page, page.getByRole('radio', { name: '5de jaar' }));
    await page.keyboard.press('ArrowDown');
    await expect(sixth).toBeChecked();
    await nextStep(page);

    await expect(questionHeading(page)).toHaveText('Je attest');
    await tabTo(page, page.getByRole('radio', { name: /^Ja: ik slaag/ }));
    await page.keyboard.press('Space');
    await nextStep(page);

    await expect(questionHeading(page)).toHaveText('Je doel');
    await tabTo(page, page.getByRole('radio', { name: /Verder studeren/ }));
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: /Verder studeren/ })).toBeChecked();
    await nextStep(page);

    // Care and people "heel leuk", the rest "niet leuk".
    while ((await questionHeading(page).textContent())?.startsWith('Wat doe je graag?')) {
      for (const item of await page.locator('fieldset.scale-item').all()) {
        const text = (await item.locator('legend').textContent()) ?? '';
        await answerItem(page, item, /zorg|helpen|problemen|kinderen|mensen/i.test(text) ? 5 : 2);
      }
      await nextStep(page);
    }
    await expect(questionHeading(page)).toHaveText('Hoe leer en werk je?');
    for (const item of await page.locator('fieldset.scale-item').all()) await answerItem(page, item, 3);
    await nextStep(page, /^Toon mijn voorstellen$/);

    await expect(questionHeading(page)).toHaveText('Jouw voorstellen');
    const ho = page.locator('section.ho-suggestions');
    const items = ho.locator('ul.suggestions > li');
    await expect(items.first()).toBeVisible();
    // Only graduaten: a bachelor is no direct step after a 6de jaar arbeidsmarktfinaliteit.
    for (const kind of await ho.locator('ul.suggestions > li h4 .meta-inline').allTextContents()) expect(kind).toMatch(/graduaat/i);
    for (const item of await items.all()) expect(await item.locator('.reasons li').count()).toBeGreaterThan(0);
    // The voorbereidend 7de jaar is among the steps for next school year.
    await expect(page.locator('.suggestion-ranks li[data-id="voorbereidend-jaar-op-het-hoger-onderwijs-7de-jaar"]')).toHaveCount(1);
    await expectNoAxeViolations(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Asked to see the rest: the bachelors are listed with the rule that keeps them for later.
    await tabTo(page, page.getByRole('checkbox', { name: /Toon ook wat we niet voorstelden/ }), 200);
    await page.keyboard.press('Space');
    await expect(ho.locator('.route-list')).toContainText('7de jaar');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
}
