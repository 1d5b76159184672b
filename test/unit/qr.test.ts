/** The brief's QR code: a phone reads back exactly the address it was made for. */
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr.ts';

/** Draws the SVG as a printer would (white paper, black ink) and decodes it with an independent reader. */
function decode(svg: string, width = 300): string | null {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: '#ffffff' }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data ?? null;
}

describe('qrSvg', () => {
  it.each([
    'https://mtqg1719.example.gov.vn/dia-ban/son-dong/ban-in/',
    'https://mtqg1719.example.gov.vn/ban-in/',
    '/dia-ban/bach-thong/ban-in/',
  ])('decodes back to %s', (text) => {
    const { svg } = qrSvg(text, 'Mã QR');
    expect(decode(svg)).toBe(text);
  });

  it('keeps a long sub-path address readable at the printed size (about 25 mm ≈ 150 px at 150 dpi)', () => {
    const text = 'https://so-lieu.uybandantoc.example.gov.vn/mtqg-1719/dia-ban/thanh-pho-lang-son-cu/ban-in/';
    const { svg, size } = qrSvg(text, 'Mã QR');
    expect(size).toBeLessThanOrEqual(49); // version ≤ 4 with the quiet zone: modules stay ≥ 0.5 mm at 25 mm
    expect(decode(svg, 150)).toBe(text);
  });

  it('is CSP-clean and labelled: no style attribute, an accessible name, escaped', () => {
    const { svg } = qrSvg('/x/', 'Mã QR dẫn tới "trang" <này> & khác');
    expect(svg).not.toMatch(/style=/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Mã QR dẫn tới &quot;trang&quot; &lt;này> &amp; khác"');
  });
});
