/**
 * Share previews and plain-language terms, read from the built site: what Zalo or Facebook
 * shows for a shared link (Open Graph and Twitter-card tags, the 1200×630 PNG), and the
 * one-tap path from a budget word in a label to its explanation, on screen and on paper.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, DIST } from './built-site.ts';
import { launch } from './chromium.ts';

const baseUrl = inject('baseUrl');
const pages = builtPages();
/** Pages in the site's layout (the embed pages /nhung/ live inside other sites' articles). */
const reading = [...pages].filter(([path]) => !path.startsWith('/nhung/'));
/** Pages that show their own headline figure, and so their own card. */
const WITH_FIGURE = ['/', '/giai-ngan/', '/cong-trinh/', '/ho-ngheo/', '/nguoi-co-uy-tin/', '/dia-ban/bac-giang/', '/dia-ban/son-dong/'];

const meta = (doc: Document, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

/** The built file a site path or absolute URL points to. */
function fileOf(href: string): string {
  const path = decodeURIComponent(new URL(href, 'http://x').pathname);
  return join(DIST, path);
}

/** Width and height from a PNG's IHDR chunk (after the signature: length, "IHDR", width, height). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('share previews', () => {
  it.each(reading.map(([p]) => p))('%s has the Open Graph and Twitter-card tags a preview needs', (path) => {
    const doc = pages.get(path)!;
    expect(meta(doc, 'og:title')).toBe(doc.title);
    expect(meta(doc, 'og:description')?.length).toBeGreaterThan(20);
    expect(meta(doc, 'og:type')).toBe('website');
    expect(meta(doc, 'og:locale')).toBe('vi_VN');
    expect(meta(doc, 'og:site_name')).toBe('Số liệu Chương trình MTQG 1719');
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(meta(doc, 'twitter:image')).toBe(meta(doc, 'og:image'));
    expect(meta(doc, 'twitter:description')).toBe(meta(doc, 'og:description'));
    expect(meta(doc, 'og:image:alt')?.length).toBeGreaterThan(30);
    // og:url only when it can be absolute (a build with SITE_URL); then the image is absolute too.
    const url = meta(doc, 'og:url');
    const image = meta(doc, 'og:image')!;
    if (url !== null) {
      expect(url).toMatch(/^https?:\/\/[^/]+\//);
      expect(new URL(url).pathname.endsWith(path)).toBe(true);
      expect(image).toMatch(/^https?:\/\//);
    } else expect(image).toMatch(/^\/.*\.png$/);
  });

  it.each(reading.map(([p]) => p))('%s: og:image is a built 1200×630 PNG, as declared', (path) => {
    const doc = pages.get(path)!;
    const file = fileOf(meta(doc, 'og:image')!);
    expect(existsSync(file), file).toBe(true);
    const size = pngSize(readFileSync(file));
    expect(size).toEqual({ width: 1200, height: 630 });
    expect(meta(doc, 'og:image:width')).toBe('1200');
    expect(meta(doc, 'og:image:height')).toBe('630');
    expect(meta(doc, 'og:image:type')).toBe('image/png');
  });

  it.each(WITH_FIGURE)('%s: the preview carries the page’s headline figure and its date', (path) => {
    const doc = pages.get(path)!;
    const first = doc.querySelector('main .figure')!;
    const value = first.querySelector('.figure-value')!.textContent!.replace(/\s+/g, ' ').trim();
    // The as-of date as the figure shows it: "đến ngày 15/11/2023", "tháng 6/2023", "năm 2022", or only its
    // report's, "theo báo cáo ngày 17/11/2023".
    const dated = [...first.querySelectorAll('.figure-meta')].map((m) => /, (đến ngày |theo báo cáo ngày )?(\d{2}\/\d{2}\/\d{4}|tháng \d{1,2}\/\d{4}|năm \d{4})\./.exec(m.textContent!)).find(Boolean);
    const date = dated![2]!;
    const description = meta(doc, 'og:description')!;
    expect(description).toContain(value);
    // A year is what the figure is of («năm 2022», as on the page), not a state «tính đến năm 2022»; a report's date is the report's.
    expect(description).toContain(
      dated![1] === 'theo báo cáo ngày ' ? `theo báo cáo ngày ${date}` : date.startsWith('năm') ? `, ${date}.` : `tính đến ${/^\d/.test(date) ? 'ngày ' : ''}${date}`,
    );
    expect(description).not.toMatch(/tính đến năm \d{4}/);
    expect(meta(doc, 'og:image:alt')).toContain(value);
    expect(meta(doc, 'og:image')).not.toMatch(/\/chung\.png$/);
  });

  it('keeps the number of images bounded: one per page with its own figure, one generic, none unused', () => {
    const used = new Set(reading.map(([, doc]) => new URL(meta(doc, 'og:image')!, 'http://x').pathname.split('/').pop()));
    const built = readdirSync(join(DIST, 'chia-se'));
    expect(built.toSorted()).toEqual([...used].toSorted());
    expect(used.has('chung.png')).toBe(true);
    const withFigure = reading.filter(([, doc]) => doc.querySelector('main .figure')).length;
    expect(built.length).toBeLessThanOrEqual(withFigure + 1);
    // A page without a figure of its own shares the generic card.
    for (const p of ['/tim-kiem/', '/cap-nhat/', '/gioi-thieu/']) expect(meta(pages.get(p)!, 'og:image')).toMatch(/\/chung\.png$/);
  });
});

describe('plain-language terms', () => {
  const glossary = pages.get('/gioi-thieu/')!;

  it.each(reading.map(([p]) => p))('%s: every term link reaches its glossary entry and its definition on the page', (path) => {
    const doc = pages.get(path)!;
    const links = [...doc.querySelectorAll('a.term')];
    const listed = new Set([...doc.querySelectorAll('.page-terms dd')].map((d) => d.id));
    for (const a of links) {
      const href = a.getAttribute('href')!;
      expect(href).toMatch(/^\/gioi-thieu\/#thuat-ngu-[a-z0-9-]+$/);
      const entry = glossary.getElementById(href.split('#')[1]!);
      expect(entry, href).not.toBeNull();
      expect(entry!.tagName).toBe('DT');
      const described = a.getAttribute('aria-describedby')!;
      expect(listed.has(described), `${path}: ${described}`).toBe(true);
      expect(doc.getElementById(described)!.textContent).toBe(entry!.nextElementSibling!.textContent);
    }
    // The page's list holds exactly the terms its labels link.
    expect(listed).toEqual(new Set(links.map((a) => a.getAttribute('aria-describedby'))));
  });

  it('links the budget words where readers meet them: figure labels, chart subtitles, table headers', () => {
    const doc = pages.get('/giai-ngan/')!;
    const terms = (sel: string) => new Set([...doc.querySelectorAll(`${sel} a.term`)].map((a) => a.getAttribute('data-term')));
    expect([...terms('.figure-label')]).toEqual(expect.arrayContaining(['giai-ngan', 'phan-bo', 'von-giao', 'von-dtpt', 'von-sn', 'doi-ung']));
    expect(terms('.chart-subtitle').size).toBeGreaterThan(0);
    expect(terms('thead th').size).toBeGreaterThan(0);
    // Abbreviations carry their full term.
    const abbr = doc.querySelector('a.term[data-term="von-sn"] abbr');
    expect(abbr?.getAttribute('title')).toBe('Vốn sự nghiệp');
  });
});

describe('plain-language terms in the browser', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await launch();
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(['/gioi-thieu/', '/giai-ngan/'])('%s at 360 px: axe finds no violations', async (path) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('one tap on "Vốn SN" on a phone opens its plain explanation', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${baseUrl}/giai-ngan/`, { waitUntil: 'networkidle' });
    // One shown without a tap (the section's other figures are folded on a phone).
    const link = page.locator('.figure-label a.term[data-term="von-sn"]').filter({ visible: true }).first();
    // The explanation is announced with the link, not only on hover.
    const description = await link.evaluate((a) => document.getElementById(a.getAttribute('aria-describedby')!)!.textContent);
    expect(description).toMatch(/^Tiền chi cho hoạt động/);
    await link.tap().catch(() => link.click());
    await page.waitForURL(/\/gioi-thieu\/#thuat-ngu-von-sn$/);
    const entry = page.locator('#thuat-ngu-von-sn');
    await expect.poll(() => entry.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(780);
    expect(await entry.textContent()).toContain('Vốn sự nghiệp');
    await page.close();
  });

  it('on paper, the page prints the definitions of its terms, not the glossary addresses', async () => {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/giai-ngan/`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const list = page.locator('.page-terms');
    expect(await list.isVisible()).toBe(true);
    expect(await list.locator('dd#tn-von-sn').textContent()).toMatch(/^Tiền chi cho hoạt động/);
    const after = await page.locator('.figure-label a.term').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(['none', 'normal', '""']).toContain(after);
    await page.close();
  });
});
