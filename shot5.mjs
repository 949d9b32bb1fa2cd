import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://localhost:4399/sessie/');
await page.waitForTimeout(800);
await page.screenshot({ path: '/tmp/s0.png' });
await page.getByRole('button', { name: 'Start een nieuwe sessie' }).click();
await page.getByRole('button', { name: 'Start', exact: true }).click();
await page.getByLabel('Waar zit je nu, of wat werk je dit schooljaar af?').selectOption('tweede-leerjaar-a');
await page.getByRole('button', { name: 'Volgende', exact: true }).click();
await page.getByRole('radio', { name: /^B-attest/ }).check();
await page.getByRole('checkbox', { name: 'Doorstroomfinaliteit' }).check();
await page.getByRole('button', { name: 'Volgende', exact: true }).click();
await page.getByRole('radio', { name: 'Gaan werken' }).check();
await page.getByRole('button', { name: 'Volgende', exact: true }).click();
while (!(await page.getByRole('button', { name: 'Toon mijn voorstellen' }).isVisible())) {
  for (const item of await page.locator('fieldset.scale-item').all()) {
    const t = await item.locator('legend').textContent();
    await item.getByRole('radio').nth(/Elektronische|labo|Keukenkasten|kapot toestel|computerprogramma|handen/.test(t) ? 4 : 1).check();
  }
  await page.getByRole('button', { name: 'Volgende', exact: true }).click();
}
await page.getByRole('button', { name: 'Toon mijn voorstellen' }).click();
await page.waitForTimeout(500);
const sugg = page.locator('ol.suggestions > li');
for (const i of [0, 1, 2]) await sugg.nth(i).getByRole('button', { name: /Bewaar/ }).click();
await page.screenshot({ path: '/tmp/s1.png' });
await page.getByRole('button', { name: /Volgende stap: Routes/ }).click();
await page.getByRole('button', { name: /Volgende stap: Scholen/ }).click();
await page.getByLabel('Postcode of gemeente').fill('9000');
await page.keyboard.press('Enter');
await page.waitForTimeout(300);
for (const i of [0, 1]) await page.locator('.finder-results > li').nth(i).getByRole('button', { name: /Bewaar/ }).click();
await page.getByRole('button', { name: /Volgende stap: Keuzes/ }).click();
await page.getByLabel(/Wat spreken jullie af/).fill('Samen naar de opendeurdag van beide scholen in maart.\nGesprek met de klassenraad over de B-attest-clausule in mei.');
await page.getByRole('button', { name: /Volgende stap: Afsluiten/ }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: '/tmp/s2.png', fullPage: true });
writeFileSync('/tmp/session.pdf', await page.pdf({ format: 'A4' }));
await page.emulateMedia({ media: 'print' });
await page.setViewportSize({ width: 794, height: 1123 });
await page.screenshot({ path: '/tmp/s3.png', fullPage: true });
await browser.close();
