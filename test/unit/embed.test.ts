/**
 * The embed code's default height (src/publish/embed.ts), worked out by hand for a small chart from
 * the sizes of public/nhung/nhung.css; test/browser/embeds.test.ts checks it on every built chart.
 */
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/charts/index.ts';
import { embedHeight, embedSnippet, svgHeight } from '../../src/publish/embed.ts';

const spec: ChartSpec = { kind: 'bars', id: 'c', title: 'T', subtitle: 'S', unit: 'work', asOf: '2023-11-30', sources: [{ title: 'B' }], rows: [{ category: 'A', value: 1 }] };
const drawn = (narrow: number, wide: number) => ({
  svgNarrow: `<svg viewBox="0 0 288 ${narrow}" height="${narrow}" width="288" class="chart-svg"></svg>`,
  svgWide: `<svg viewBox="0 0 720 ${wide}" height="${wide}" width="720" class="chart-svg"></svg>`,
});

describe('embedHeight', () => {
  // The phone drawing fills its column up to 416 px, so it is tallest just before the wide one takes over (an
  // iframe of 687 px, a column of 671: 88 characters a line of 13.6 px text, 7.616 px each, so one line each):
  // 12 + 12 padding, title 24.64, 3 lines of 19.04 (57.12), drawing 200 × 416/288 = 288.89, margins 41.6: 436.25,
  // + 16: 453. At the narrowest iframe (288 px, a column of 272: 35 characters a line) the source and links lines
  // take 2 lines each, but the drawing is 200 × 272/288 = 188.89: 24 + 24.64 + 95.2 + 188.89 + 41.6 = 374.33, less.
  it('fits the phone layout at its largest when the phone drawing is the taller', () => {
    expect(embedHeight(spec, drawn(200, 100))).toBe(453);
  });

  // At 760 px the wide drawing is drawn at its 720 px: 24 + 24.64 + 3 lines (57.12) + 600 + 41.6 = 747.36, + 16: 764.
  it('fits the wide layout at its widest when the wide drawing is the taller', () => {
    expect(embedHeight(spec, drawn(200, 600))).toBe(764);
  });

  // One short note: a line (19.04) and its margins (4.8) more: 436.25 + 23.84 = 460.09, + 16: 477.
  it('makes room for each note', () => {
    expect(embedHeight({ ...spec, notes: [{ text: 'Lưu ý ngắn.', href: '/du-lieu/' }] }, drawn(200, 100))).toBe(477);
  });

  it('reads the drawing’s height from its <svg>, and refuses one without', () => {
    expect(svgHeight('<svg viewBox="0 0 328 348" height="348" width="328">')).toBe(348);
    expect(() => svgHeight('<svg viewBox="0 0 328 348">')).toThrow(/chiều cao/);
  });
});

describe('embedSnippet', () => {
  it('is the iframe then the optional script, a quote or an ampersand in the title kept inside its attribute', () => {
    const code = embedSnippet({ src: 'https://x.vn/nhung/c/', script: 'https://x.vn/nhung/nhung.js', title: 'Vốn "giao" & giải ngân', height: 402 });
    expect(code).toBe(
      '<iframe src="https://x.vn/nhung/c/" title="Vốn &quot;giao&quot; &amp; giải ngân" width="100%" height="402" style="border:0;width:100%;max-width:760px" loading="lazy"></iframe>\n' +
        '<script src="https://x.vn/nhung/nhung.js" async></script>',
    );
  });
});
