import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './helpers.ts';

/** Records every Content Security Policy violation the page reports. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

test('every page carries a CSP without unsafe-inline for scripts, and works under it', async ({ page }) => {
  const watch = watchPage(page);
  await recordViolations(page);

  for (const path of ['/', '/studies/latijn-2de-graad/', '/matrix/graad-2/', '/begrippen/', '/404.html']) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(await violations(page), path).toEqual([]);
  }

  await page.goto('/catalogus/');
  await page.getByRole('button', { name: '2de graad', exact: true }).click();
  await expect(page.locator('[data-count]')).toContainText('2de graad');

  await page.goto('/zoeken/?q=latijn');
  await expect(page.getByRole('option').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.goto('/routes/#van=tweede-leerjaar-a@2&attest=B&uit=f:doorstroom');
  await expect(page.locator('li[data-id="latijn-2de-graad"]')).toHaveAttribute('data-status', 'uitgesloten');
  expect(await violations(page)).toEqual([]);

  await page.goto('/vragenlijst/');
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('#q-title')).toHaveText('Waar sta je nu?');
  expect(await violations(page)).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});
