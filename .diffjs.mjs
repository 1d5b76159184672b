import { chromium } from 'playwright-core';
import { serveDist } from './scripts/bench/serve.ts';
import { writeFileSync } from 'node:fs';
const { server, baseUrl } = await serveDist('dist');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const js of [true, false]) {
  const c = await b.newContext({ javaScriptEnabled: js });
  const p = await c.newPage();
  await p.goto(baseUrl + process.argv[2], { waitUntil: 'networkidle' });
  const t = await p.evaluate(() => document.querySelector('main').textContent.replace(/\s+/g, ' '));
  writeFileSync(`/tmp/text-${js}.txt`, t.split(/(?<=[.:])/).join('\n'));
  await c.close();
}
await b.close(); server.close();
