import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchPage } from './helpers';

const FAMILY_PAGES = ['/in-een-blad/', '/aanmelden/', '/attesten/', '/hulp/'];

/** Pages in a PDF: each page object is "/Type /Page" (the page tree is "/Type /Pages"). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test('the one-page overview prints on one A4 page', async ({ page }) => {
  await page.goto('/in-een-blad/');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  expect(pdfPageCount(pdf)).toBe(1);
});

test('the longer structure guide does not fit one page, so the page count can fail', async ({ page }) => {
  await page.goto('/structuur/');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdfPageCount(pdf)).toBeGreaterThan(1);
});

test('the overview picture has a text alternative and one shape per few richtingen', async ({ page }) => {
  await page.goto('/in-een-blad/');
  const picture = page.getByRole('img', { name: 'Het secundair onderwijs in één tekening', exact: true });
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAccessibleDescription(/doorstroom als blauwe rondjes \(\d+ en \d+ richtingen\)/);
  expect(await picture.locator('circle, polygon, rect').count()).toBeGreaterThan(40);
});

for (const path of FAMILY_PAGES) {
  test(`${path}: sources, date, no axe violations, nothing from other sites`, async ({ page }) => {
    const watch = watchPage(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Bronnen' })).toBeVisible();
    await expect(page.getByText(/^Gecontroleerd op \d+ \w+ \d{4}\.$/)).toBeVisible();
    await expectNoAxeViolations(page);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
}

test('the registration page says what we could not confirm and links the official source', async ({ page }) => {
  await page.goto('/aanmelden/');
  const doubts = page.getByRole('region', { name: 'Wat we niet konden nagaan' });
  await expect(doubts.getByRole('listitem').first()).toContainText('2027-2028');
  await expect(page.locator('.prose a[href^="https://onderwijs.vlaanderen.be/"]').first()).toBeVisible();
});
