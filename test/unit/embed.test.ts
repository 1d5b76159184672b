/**
 * The embed code's default height (src/publish/embed.ts), worked out by hand for a small chart from
 * the sizes of public/nhung/nhung.css; test/browser/embeds.test.ts checks it on every built chart.
 */
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/charts/index.ts';
import { embedHeight, embedSnippet, svgHeight } from '../../src/publish/embed.ts';

const spec: ChartSpec = { kind: 'bars', id: 'c', title: 'T', subtitle: 'S', unit: 'work', asOf: '2023-11-30', sources: [{ title: 'B' }], rows: [{ category: 'A', value: 1 }] };
const drawn = (narrow: number, wide: number) => ({
  svgNarrow: `<svg viewBox="0 0 328 ${narrow}" height="${narrow}" width="328" class="chart-svg"></svg>`,
  svgWide: `<svg viewBox="0 0 720 ${wide}" height="${wide}" width="720" class="chart-svg"></svg>`,
});

describe('embedHeight', () => {
  // At the narrowest iframe (288 px, a column of 264): 34 characters a line of 13.6 px text (7.616 px each), so
  // «Số liệu đến ngày 30/11/2023. Nguồn: B.» and «Số liệu Chương trình MTQG 1719 · Tải số liệu» take 2 lines each.
  // 12 + 12 padding, title 24.64, 1 + 2 + 2 lines of 19.04, drawing 200, margins 41.6: 385.44, + 16: 402.
  it('fits the phone layout at its narrowest when the phone drawing is the taller', () => {
    expect(embedHeight(spec, drawn(200, 100))).toBe(402);
  });

  // At 760 px the wide drawing is drawn at its 720 px: 24 + 24.64 + 3 lines (57.12) + 600 + 41.6 = 747.36, + 16: 764.
  it('fits the wide layout at its widest when the wide drawing is the taller', () => {
    expect(embedHeight(spec, drawn(200, 600))).toBe(764);
  });

  // One short note: a line (19.04) and its margins (4.8) more: 385.44 + 23.84 = 409.28, + 16: 426.
  it('makes room for each note', () => {
    expect(embedHeight({ ...spec, notes: [{ text: 'Lưu ý ngắn.', href: '/du-lieu/' }] }, drawn(200, 100))).toBe(426);
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
