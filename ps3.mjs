import { chromium } from 'playwright-core';
const [,, base, path, out, ...ys] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 794, height: 1123 } });
await p.emulateMedia({ media: 'print' });
await p.goto(base + path);
for (const y of ys) await p.screenshot({ path: `${out}-${y}.png`, fullPage: true, clip: { x: 0, y: Number(y), width: 794, height: 1800 } });
await b.close();
