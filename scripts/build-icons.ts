/**
 * Draws the PNG app icons (public/icons) from the SVG favicon with the browser, so the installable app has the
 * sizes Android asks for. Run once after changing public/favicon.svg:  npx tsx scripts/build-icons.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => { try { readFileSync(p); return true; } catch { return false; } }),
  args: ['--no-sandbox', '--disable-gpu'],
});
// A maskable icon keeps its drawing inside the middle 80 %, on a full background.
const variants = [
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.1 },
];
for (const { file, size, inset } of variants) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const pad = Math.round(size * inset);
  await page.setContent(`<body style="margin:0;background:#0b4f9c"><div style="padding:${pad}px">${svg.replace('<svg ', `<svg width="${size - 2 * pad}" height="${size - 2 * pad}" `)}</div></body>`);
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: inset === 0 });
  await page.close();
}
await browser.close();
console.log(`${variants.length} icons written to public/icons/`);
