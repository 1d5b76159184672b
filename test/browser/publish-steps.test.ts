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

  it('says the repository is not configured when the build had no address (this test build), in staff words: no setting\'s name', () => {
    const text = section.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Trang này chưa ghi địa chỉ kho số liệu: hỏi bộ phận kỹ thuật địa chỉ kho và xin quyền ghi');
    expect(text).not.toMatch(/REPO_URL|biến/);
    // The technical detail is in the deploy docs.
    expect(readFileSync(join(import.meta.dirname, '../../deploy/README.md'), 'utf8')).toContain('sets `REPO_URL`');
  });
});

describe('/cap-nhat/: the source documents of reports', () => {
  const { document } = parseHTML(readFileSync(join(DIST, 'cap-nhat/index.html'), 'utf8'));
  const section = document.getElementById('van-ban-goc')!;

  it('says where the PDF/Word originals are kept, how to add one step by step with the next free name, and not to upload them to data/', () => {
    expect(section).not.toBeNull();
    const text = section.textContent!.replace(/\s+/g, ' ');
    expect(section.querySelector('h2')!.textContent).toBe('Văn bản gốc của báo cáo (PDF, Word)');
    expect(text).toContain('không nằm trong kho số liệu');
    expect(text).toContain('thư mục văn bản nguồn của nhóm');
    expect(section.querySelectorAll('ol > li')).toHaveLength(4);
    expect(text).toContain('Đừng tải tệp PDF hay Word lên thư mục data');
    // The number after the highest NNN_ in the site's reports.csv (000 to 004 when this was written: 005).
    const used = [...readFileSync(join(SITE_DATA, 'reports.csv'), 'utf8').matchAll(/(?:^|,)(\d{3})_[^,\n]*\.txt/gm)].map((m) => Number(m[1]));
    expect(used.length).toBeGreaterThan(0);
    const next = String(Math.max(...used) + 1).padStart(3, '0');
    expect(text).toContain(`${next}_<mã-báo-cáo>.txt`);
    expect(text).toContain(`${next}_bg-2025-07-15.txt`);
  });

  it('the guide (/cap-nhat/huong-dan/) has the same section', () => {
    const guide = parseHTML(readFileSync(join(DIST, 'cap-nhat/huong-dan/index.html'), 'utf8')).document;
    const heading = [...guide.querySelectorAll('h3')].find((h) => h.textContent!.startsWith('Văn bản gốc của báo cáo (PDF, Word)'));
    expect(heading).toBeDefined();
    const steps = heading!.nextElementSibling!.nextElementSibling!;
    expect(steps.tagName).toBe('OL');
    expect(steps.textContent).toContain('Plain Text');
  });
});

describe('/cap-nhat/ pages: a month-only date is never "ngày tháng …"', () => {
  it('the latest report of the tested site (bg-2024-04, dated 2024-04) is "báo cáo mới nhất tháng 4/2024"', () => {
    const { document } = parseHTML(readFileSync(join(DIST, 'cap-nhat/index.html'), 'utf8'));
    expect(document.querySelector('main')!.textContent!.replace(/\s+/g, ' ')).toContain('(báo cáo mới nhất tháng 4/2024)');
  });

  it('no /cap-nhat/ page writes "ngày tháng" or "ngày năm"', () => {
    for (const page of ['cap-nhat/index.html', 'cap-nhat/huong-dan/index.html', 'cap-nhat/cot/index.html', 'cap-nhat/ma/index.html']) {
      const text = parseHTML(readFileSync(join(DIST, page), 'utf8')).document.querySelector('main')!.textContent!.replace(/\s+/g, ' ');
      expect({ page, found: text.match(/ngày (tháng|năm) \d[^ ]*/g) }).toEqual({ page, found: null });
    }
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

describe('the code list offers the indicator codes already used', () => {
  it('lists each code of the test site\'s indicators.csv once, with a label it was printed with', () => {
    const { document } = parseHTML(readFileSync(join(DIST, 'cap-nhat/ma/index.html'), 'utf8'));
    const rows = [...document.querySelectorAll('#ma-chi-tieu tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()));
    // The source read here, not through the site's loader: one line per row, the code in the 6th column.
    const lines = readFileSync(join(SITE_DATA, 'indicators.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\n').slice(1);
    const codes = new Set(lines.map((l) => /^[^,]*,[^,]*,(?:"[^"]*"|[^,]*),[^,]*,[^,]*,([a-z0-9_]+),/.exec(l)![1]!));
    expect(rows.map((r) => r[0])).toEqual([...codes].toSorted());
    expect(rows.every((r) => r[1]!.length > 0)).toBe(true);
    expect(document.querySelector('#ma-chi-tieu caption')!.textContent).toBe(`${codes.size} mã chỉ tiêu đã dùng, tên như một báo cáo ghi, đơn vị, số dòng và cơ quan đã dùng`);
    // Which office used each code (two codes of one name: one's own office's continues its series).
    const issuers = new Set(readFileSync(join(SITE_DATA, 'reports.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[1]!));
    expect(rows.every((r) => r[4]!.split('; ').every((name) => issuers.has(name)))).toBe(true);
    expect(rows.some((r) => r[4]!.length > 0)).toBe(true);
  });
});
