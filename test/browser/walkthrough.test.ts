/**
 * What a reader found wrong walking the built site on a phone (360 px), kept fixed.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages } from './built-site.ts';
import { launch } from './chromium.ts';

const baseUrl = inject('baseUrl');
const embeds = [...builtPages().keys()].filter((p) => p.startsWith('/nhung/'));

describe('embeds at 360 px', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  // The description for screen readers was moved 9999 px to the left on one line: a long one (the Bạch Thông
  // project chart's) ran back into view over the notes ("…78,8 triệu đồng; Dự án 6: 0 triệu đồng…").
  it('the hidden chart description takes no room on screen, and nothing is wider than the phone', async () => {
    expect(embeds.length).toBeGreaterThan(10);
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of embeds) {
      await page.goto(`${baseUrl}${path}`);
      const box = await page.evaluate(() => {
        const r = document.getElementById('mo-ta')!.getBoundingClientRect();
        return { width: r.width, height: r.height, scroll: document.documentElement.scrollWidth };
      });
      expect(box.width, path).toBeLessThanOrEqual(1);
      expect(box.height, path).toBeLessThanOrEqual(1);
      expect(box.scroll, path).toBeLessThanOrEqual(360);
    }
    await page.close();
  });
});
