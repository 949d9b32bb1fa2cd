import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, horizontalOverflow, tabTo } from './helpers.ts';

test.describe('programmes of higher education', () => {
  test('from a destination page to a programme, its studiegebied and back, by keyboard', async ({ page }) => {
    // axe on the programme page (the audit crawls only a sample of them; the overview and studiegebied pages it
    // crawls all) on a shared two-core machine.
    test.setTimeout(120_000);
    await page.goto('/studies/academische-bachelor/');
    const toOverview = page.getByRole('link', { name: 'Hoger onderwijs', exact: true });
    await tabTo(page, toOverview);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/hoger-onderwijs\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoger onderwijs: opleidingen na het secundair');
    // The page says the list is partial and links to the official register.
    await expect(page.getByRole('note')).toContainText('nog niet volledig');
    await expect(page.getByRole('link', { name: 'Hogeronderwijsregister' })).toHaveAttribute('href', 'https://www.hogeronderwijsregister.be/');

    const programme = page.getByRole('link', { name: 'Bachelor in de geneeskunde' });
    await tabTo(page, programme);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/hoger-onderwijs\/bachelor-in-de-geneeskunde\/$/);
    await expect(page.locator('#toelating + p + ul')).toContainText('Toelatingsexamen arts');
    await expect(page.getByText('Gecontroleerd op')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Geneeskunde' }).click();
    await expect(page).toHaveURL(/\/studiegebieden\/geneeskunde\/$/);
    await expect(page.getByRole('link', { name: 'Bachelor in de geneeskunde' })).toBeVisible();
  });

  test('a campus the source does not name is said to be unchecked, never guessed', async ({ page }) => {
    await page.goto('/hoger-onderwijs/bachelor-in-de-logopedie-en-de-audiologie/');
    await expect(page.getByRole('listitem').filter({ hasText: 'HOGENT' })).toContainText('campus nog niet nagekeken');
    await expect(page.getByRole('listitem').filter({ hasText: 'Arteveldehogeschool' })).toContainText('Gent');
  });

  test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const url of ['/hoger-onderwijs/', '/hoger-onderwijs/educatieve-bachelor-lager-onderwijs/', '/studiegebieden/onderwijs/']) {
      await page.goto(url);
      expect(await horizontalOverflow(page), url).toBeLessThanOrEqual(0);
    }
  });
});
