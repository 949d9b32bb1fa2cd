import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, horizontalOverflow, tabTo } from './helpers.ts';

test.describe('beroepen', () => {
  test('from the A–Z index to a beroep, then to a programme and a richting that lead to it, by keyboard', async ({ page }) => {
    // axe on a beroep and a programme page (templates the audit samples; the A–Z index and the study pages it crawls
    // all) on a shared two-core machine.
    test.setTimeout(120_000);
    await page.goto('/beroepen/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beroepen van A tot Z');

    // Jump to the letter, then on to the beroep, with the keyboard only.
    const letter = page.getByRole('navigation', { name: 'Beroepen per letter' }).getByRole('link', { name: 'V', exact: true });
    await tabTo(page, letter);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/beroepen\/#letter-v$/);
    const beroep = page.getByRole('link', { name: 'Verpleegkundige', exact: true });
    await tabTo(page, beroep);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/beroepen\/verpleegkundige\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verpleegkundige');
    await expectNoAxeViolations(page);

    const richtingen = page.locator('section[aria-labelledby="richtingen"]');
    const opleidingen = page.locator('section[aria-labelledby="opleidingen"]');
    await expect(richtingen.getByRole('listitem').first()).toBeVisible();
    // A study page that names the beroep with a remark keeps that remark beside the link.
    await expect(richtingen).toContainText('na verdere studie');

    const programme = opleidingen.getByRole('link', { name: 'Bachelor in de verpleegkunde' });
    await tabTo(page, programme);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/hoger-onderwijs\/bachelor-in-de-verpleegkunde\/$/);
    // The programme page links back to the beroep.
    await expect(page.getByRole('link', { name: 'Verpleegkundige', exact: true })).toHaveAttribute('href', '/beroepen/verpleegkundige/');
    await expectNoAxeViolations(page);

    await page.goBack();
    const richting = richtingen.getByRole('link').first();
    const name = (await richting.textContent())!.trim();
    await tabTo(page, richting);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/studies\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    // The study page links its beroepen, this one among them.
    await expect(page.getByRole('link', { name: /^verpleegkundige/ }).first()).toHaveAttribute('href', '/beroepen/verpleegkundige/');
  });

  test('the search finds a programme and a beroep despite a typo, in their own groups', async ({ page }) => {
    await page.goto('/zoeken/');
    const input = page.getByRole('combobox');
    await input.fill('kinesiterapie');
    await expect(page.getByRole('group', { name: 'Opleidingen hoger onderwijs' }).getByRole('option').first()).toContainText('kinesitherapie');
    await input.fill('verpleegkundge');
    await expect(page.getByRole('group', { name: 'Beroepen' }).getByRole('option', { name: /Verpleegkundige/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const url of ['/beroepen/', '/beroepen/verpleegkundige/', '/beroepen/begeleider-in-een-voorziening-voor-personen-met-een-beperking/', '/catalogus/domein/maatschappij-en-welzijn/']) {
      await page.goto(url);
      expect(await horizontalOverflow(page), url).toBeLessThanOrEqual(0);
    }
  });
});
