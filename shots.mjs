import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const [, , base, width, ...paths] = process.argv;
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/pw-'), { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'], viewport: { width: Number(width), height: 1400 } });
const page = await ctx.newPage();
for (const p of paths) {
  await page.goto(base + p);
  await page.screenshot({ path: `/tmp/s${width}${p.replace(/\W+/g, '_')}.png` });
}
await ctx.close();
