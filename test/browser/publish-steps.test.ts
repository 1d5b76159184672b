/** /cap-nhat/ tells staff how a checked file reaches the site, in the order they do it, without git words they must know. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST } from './built-site.ts';
import { SITE_DATA } from './site-under-test.ts';

describe('/cap-nhat/: publishing steps', () => {
  const { document } = parseHTML(readFileSync(join(DIST, 'cap-nhat/index.html'), 'utf8'));
  const section = document.getElementById('cong-bo')!;

  it('lists the upload, the commit, and what the marks of a publishing run mean', () => {
    expect(section).not.toBeNull();
    const steps = [...section.querySelectorAll('ol.buoc > li')].map((li) => li.textContent!.replace(/\s+/g, ' '));
    expect(steps).toHaveLength(4);
    expect(steps[0]).toContain('funding (1).csv');
    expect(steps[1]).toContain('Upload files');
    expect(steps[1]).toContain('tất cả');
    expect(steps[2]).toContain('Commit changes');
    expect(steps[3]).toMatch(/dấu tích xanh: đã công bố/);
    expect(steps[3]).toMatch(/dấu chéo đỏ: có lỗi, chưa có gì được công bố/);
  });

  it('says the repository is not configured when the build had no address (this test build), and gives the next source file name', () => {
    expect(section.textContent).toContain('chưa được cấu hình địa chỉ kho số liệu');
    // The number after the highest NNN_ in the site's reports.csv (000 to 004 when this was written: 005).
    const used = [...readFileSync(join(SITE_DATA, 'reports.csv'), 'utf8').matchAll(/(?:^|,)(\d{3})_[^,\n]*\.txt/gm)].map((m) => Number(m[1]));
    expect(used.length).toBeGreaterThan(0);
    expect(section.textContent).toContain(`${String(Math.max(...used) + 1).padStart(3, '0')}_<mã-báo-cáo>.txt`);
  });
});

describe('words and code on every page', () => {
  it('are never glued together (a line break before a link or file name in the source is a space on the page)', async () => {
    const { builtPages } = await import('./built-site.ts');
    const glued: string[] = [];
    for (const [path, doc] of builtPages()) {
      for (const el of doc.querySelectorAll('main a, main code, main strong, main em')) {
        const prev = el.previousSibling;
        const next = el.nextSibling;
        // «lưu từtệp mẫu», «tên bảng:funding.csv», «của kho(có thể»: a letter, digit or punctuation that needs a space.
        if (prev?.nodeType === 3 && /[\p{L}\p{N}:,;)]$/u.test(prev.textContent ?? '')) glued.push(`${path}: …${(prev.textContent ?? '').slice(-12)}|${el.textContent}`);
        if (next?.nodeType === 3 && /^[\p{L}\p{N}(]/u.test(next.textContent ?? '')) glued.push(`${path}: ${el.textContent}|${(next.textContent ?? '').slice(0, 12)}…`);
      }
    }
    expect(glued).toEqual([]);
  });
});
